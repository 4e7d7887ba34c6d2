package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSObjects;

/** Reads and writes named properties of JavaScript objects that have no JSO type. */
public final class JsProperties {
    /** The body of the checked setters: null when the value was set, else the browser's message. */
    private static final String TRY_SET = "try { o[k] = v; return null; }"
            + " catch (e) { return String(e && e.message || e); }";

    private JsProperties() {
    }

    /** Returns {@code object[name]}, or null when it is null or undefined. */
    @JSBody(params = {"object", "name"}, script = "var v = object[name]; return v === undefined ? null : v;")
    public static native JSObject get(JSObject object, String name);

    /** Sets {@code object[name] = value}. */
    @JSBody(params = {"object", "name", "value"}, script = "object[name] = value;")
    public static native void set(JSObject object, String name, JSObject value);

    /**
     * Adds {@code name} to {@code object} as an own, enumerable data property, as {@code JSON.parse}
     * and object literals do: a {@code "__proto__"} key stays a key and never sets the prototype.
     */
    @JSBody(params = {"object", "name", "value"}, script = "Object.defineProperty(object, name,"
            + " {value: value, writable: true, enumerable: true, configurable: true});")
    public static native void define(JSObject object, String name, JSObject value);

    /** Returns {@code object[name]} as a string, or null when it is not a string. */
    @JSBody(params = {"object", "name"}, script = "var v = object[name]; return typeof v === 'string' ? v : null;")
    public static native String getString(JSObject object, String name);

    /** Returns {@code object[name]} as text ({@code String(value)}), or null when it is null or undefined. */
    @JSBody(params = {"object", "name"}, script = "var v = object[name]; return v == null ? null : String(v);")
    public static native String getText(JSObject object, String name);

    /**
     * Sets {@code object[name]} to {@code value} (any JavaScript value).
     *
     * @throws IllegalArgumentException with the browser's message when the object refuses the value
     *     (a read-only property, an invalid value)
     */
    public static void setChecked(JSObject object, String name, JSObject value) {
        refused(object, name, trySet(object, name, value));
    }

    /** Sets {@code object[name]} to a string, or to null; see {@link #setChecked(JSObject, String, JSObject)}. */
    public static void setString(JSObject object, String name, String value) {
        refused(object, name, trySetString(object, name, value));
    }

    /** Returns {@code object[name]} as a boolean (JavaScript truthiness). */
    @JSBody(params = {"object", "name"}, script = "return !!object[name];")
    public static native boolean getBoolean(JSObject object, String name);

    /** Sets {@code object[name]} to a boolean; see {@link #setChecked(JSObject, String, JSObject)}. */
    public static void setBoolean(JSObject object, String name, boolean value) {
        refused(object, name, trySetBoolean(object, name, value));
    }

    /** Returns {@code object[name]} as a number ({@code Number(value)}; NaN when it is not one). */
    @JSBody(params = {"object", "name"}, script = "return Number(object[name]);")
    public static native double getNumber(JSObject object, String name);

    /** Sets {@code object[name]} to a number; see {@link #setChecked(JSObject, String, JSObject)}. */
    public static void setNumber(JSObject object, String name, double value) {
        refused(object, name, trySetNumber(object, name, value));
    }

    private static void refused(JSObject object, String name, String error) {
        if (error != null) {
            String owner = Nodes.localName(object);
            throw new IllegalArgumentException("cannot set " + (owner.isEmpty() ? "the property " : "<" + owner + ">.")
                    + name + ": " + error);
        }
    }

    @JSBody(params = {"o", "k", "v"}, script = TRY_SET)
    private static native String trySet(JSObject o, String k, JSObject v);

    @JSBody(params = {"o", "k", "v"}, script = TRY_SET)
    private static native String trySetString(JSObject o, String k, String v);

    @JSBody(params = {"o", "k", "v"}, script = TRY_SET)
    private static native String trySetBoolean(JSObject o, String k, boolean v);

    @JSBody(params = {"o", "k", "v"}, script = TRY_SET)
    private static native String trySetNumber(JSObject o, String k, double v);

    /** Tells whether {@code object} has a property {@code name}, its own or inherited ({@code name in object}). */
    public static boolean has(JSObject object, String name) {
        return JSObjects.hasProperty(object, name);
    }

    /** Tells whether the global scope has a binding named {@code name}, e.g. {@code fetch} or {@code indexedDB}. */
    @JSBody(params = "name", script = "return typeof globalThis[name] !== 'undefined';")
    public static native boolean hasGlobal(String name);

    /** Returns a new, empty plain JavaScript object. */
    public static JSObject newObject() {
        return JSObjects.create();
    }
}
