package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The browser's own JSON parser, whose result {@link JsToJava} turns into Java values. */
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

    @JSBody(params = "text", script = "try { return {value: JSON.parse(text)}; }"
            + " catch (e) { return {error: String(e && e.message || e)}; }")
    private static native JSObject tryParse(String text);
}
