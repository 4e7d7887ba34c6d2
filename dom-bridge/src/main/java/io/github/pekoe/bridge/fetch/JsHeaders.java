package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** The browser's {@code Headers}: request headers to send, or a response's headers. */
@JSClass(name = "Headers")
public class JsHeaders implements JSObject {
    /** Creates an empty header list (only where the browser has {@code fetch}). */
    public JsHeaders() {
    }

    /** Adds a header; a name given twice keeps both values. */
    public native void append(String name, String value);

    /**
     * Returns the headers as {@code XMLHttpRequest.getAllResponseHeaders()} writes them: one
     * {@code name: value} line each, ended by CRLF, names in lower case.
     */
    @JSBody(params = "headers", script = "var text = '';"
            + "headers.forEach(function (value, name) { text += name + ': ' + value + '\\r\\n'; });"
            + "return text;")
    public static native String lines(JsHeaders headers);
}
