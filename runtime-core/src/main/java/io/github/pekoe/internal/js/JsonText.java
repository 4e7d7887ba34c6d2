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
        String error = JsProperties.getString(outcome, "error");
        if (error != null) {
            throw new IllegalArgumentException("invalid JSON: " + error);
        }
        return JsToJava.convert(JsProperties.get(outcome, "value"));
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

    @JSBody(params = "text", script = "try { return {value: JSON.parse(text)}; }"
            + " catch (e) { return {error: String(e && e.message || e)}; }")
    private static native JSObject tryParse(String text);
}
