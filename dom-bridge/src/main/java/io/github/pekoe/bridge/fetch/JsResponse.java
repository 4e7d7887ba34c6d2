package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** The browser's {@code Response}, as {@code fetch} resolves it. */
public abstract class JsResponse implements JSObject {
    private JsResponse() {
    }

    /** The HTTP status, 0 for an opaque response. */
    @JSProperty
    public abstract int getStatus();

    /** The status text ("" over HTTP/2). */
    @JSProperty
    public abstract String getStatusText();

    /** The final URL, after redirects. */
    @JSProperty
    public abstract String getUrl();

    /** Whether the request was redirected on its way. */
    @JSProperty
    public abstract boolean isRedirected();

    /** The response headers. */
    @JSProperty
    public abstract JsHeaders getHeaders();

    /** Reads the whole body. */
    public abstract JSPromise<ArrayBuffer> arrayBuffer();
}
