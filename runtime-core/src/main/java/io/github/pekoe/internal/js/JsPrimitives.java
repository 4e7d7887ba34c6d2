package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Strings, numbers and booleans as JavaScript values and back. TeaVM converts them at the boundary
 * of these identity functions; a JavaScript primitive must not be cast to {@code JSString} or
 * {@code JSNumber} instead.
 */
public final class JsPrimitives {
    private JsPrimitives() {
    }

    /** The JavaScript string {@code value}. */
    @JSBody(params = "v", script = "return v;")
    public static native JSObject of(String value);

    /** The JavaScript number {@code value}. */
    @JSBody(params = "v", script = "return v;")
    public static native JSObject of(double value);

    /** The JavaScript boolean {@code value}. */
    @JSBody(params = "v", script = "return v;")
    public static native JSObject of(boolean value);

    /** {@code value}, a JavaScript string, as a Java string. */
    @JSBody(params = "v", script = "return v;")
    public static native String string(JSObject value);

    /** {@code value}, a JavaScript number, as a double. */
    @JSBody(params = "v", script = "return v;")
    public static native double number(JSObject value);

    /** {@code value}, a JavaScript boolean, as a boolean. */
    @JSBody(params = "v", script = "return v;")
    public static native boolean bool(JSObject value);

    /** Whether {@code value} is a JavaScript string. */
    @JSBody(params = "v", script = "return typeof v === 'string';")
    public static native boolean isString(JSObject value);

    /** {@code value}, any JavaScript value, as text ({@code String(value)}: a string as it is). */
    @JSBody(params = "v", script = "return String(v);")
    public static native String text(JSObject value);
}
