package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Reads array-like JavaScript values: arrays, node lists, mutation record lists. */
public final class JsArrays {
    private JsArrays() {
    }

    /** Returns {@code list.length}. */
    @JSBody(params = "list", script = "return list.length;")
    public static native int length(JSObject list);

    /** Returns {@code list[i]}. */
    @JSBody(params = {"list", "i"}, script = "return list[i];")
    public static native JSObject item(JSObject list, int i);

    /** Returns {@code list[i]}, a string. */
    @JSBody(params = {"list", "i"}, script = "return list[i];")
    public static native String string(JSObject list, int i);
}
