package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Reads JavaScript arrays and array-likes ({@code NodeList}, {@code HTMLCollection}) by index, and builds arrays.
 * {@link #item} is lighter than JSO's generic {@code JSArrayReader.get}, which TeaVM follows with a check
 * for a wrapped Java object on every read.
 */
public final class ArrayLike {
    private ArrayLike() {
    }

    /** Returns {@code list.length}. */
    @JSBody(params = "list", script = "return list.length;")
    public static native int length(JSObject list);

    /** Returns {@code list[index]}. */
    @JSBody(params = {"list", "index"}, script = "return list[index];")
    public static native JSObject item(JSObject list, int index);

    /** Returns a new, empty JavaScript array. */
    @JSBody(script = "return [];")
    public static native JSObject newArray();

    /** Appends {@code item} to {@code array}. */
    @JSBody(params = {"array", "item"}, script = "array.push(item);")
    public static native void push(JSObject array, JSObject item);
}
