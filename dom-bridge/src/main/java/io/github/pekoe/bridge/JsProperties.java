package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Reads and writes named properties of JavaScript objects that have no JSO type. */
public final class JsProperties {
    private JsProperties() {
    }

    /** Returns {@code object[name]}, or null when it is null or undefined. */
    @JSBody(params = {"object", "name"}, script = "var v = object[name]; return v === undefined ? null : v;")
    public static native JSObject get(JSObject object, String name);

    /** Sets {@code object[name] = value}. */
    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value;")
    public static native void set(JSObject object, String name, JSObject value);

    /** Returns {@code object[name]} as a string, or null when it is not a string. */
    @JSBody(params = {"object", "name"}, script = "var v = object[name]; return typeof v === 'string' ? v : null;")
    public static native String getString(JSObject object, String name);

    /** Sets {@code object[name] = value} for a string value. */
    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value;")
    public static native void setString(JSObject object, String name, String value);

    /** Tells whether the global scope has a binding named {@code name}, e.g. {@code fetch} or {@code indexedDB}. */
    @JSBody(params = "name", script = "return typeof globalThis[name] !== 'undefined';")
    public static native boolean hasGlobal(String name);
}
