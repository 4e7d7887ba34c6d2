package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.json.JSON;

/**
 * The browser's own JSON parser and writer: parsed values become Java through {@link JsToJava},
 * Java values become JSON through {@link JavaToJs}. Small, and as fast as the browser.
 */
public final class JsonText {
    private JsonText() {
    }

    /**
     * Parses {@code text} with {@code JSON.parse} and converts the result to Java.
     *
     * @throws IllegalArgumentException with the browser's message when the text is not JSON
     */
    public static Object parse(String text) {
        JSObject outcome = tryParse(text);
        String error = errorOf(outcome);
        if (error != null) {
            throw new IllegalArgumentException("invalid JSON: " + error);
        }
        return JsToJava.convert(valueOf(outcome));
    }

    /** The browser's message for text {@link #tryParse} could not parse, or null. */
    public static String errorOf(JSObject outcome) {
        return JsProperties.getString(outcome, "error");
    }

    /** The value {@link #tryParse} parsed. */
    public static JSObject valueOf(JSObject outcome) {
        return JsProperties.get(outcome, "value");
    }

    /** Writes a browser value as compact JSON. */
    public static String stringifyNative(JSObject value) {
        return JSON.stringify(value);
    }

    /**
     * Writes {@code value} as compact JSON with {@code JSON.stringify}; see {@link JavaToJs} for
     * the values it takes.
     *
     * @throws IllegalArgumentException if something in it has no exact JSON form
     */
    public static String stringify(Object value) {
        return JSON.stringify(JavaToJs.convert(value));
    }

    /**
     * Parses {@code text} with {@code JSON.parse}, leaving the value the browser's: read the outcome
     * with {@link #errorOf} and {@link #valueOf}.
     */
    @JSBody(params = "text", script = "try { return {value: JSON.parse(text)}; }"
            + " catch (e) { return {error: String(e && e.message || e)}; }")
    public static native JSObject tryParse(String text);
}
