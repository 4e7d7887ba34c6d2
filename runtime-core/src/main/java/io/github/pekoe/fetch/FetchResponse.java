package io.github.pekoe.fetch;

import io.github.pekoe.bridge.JsTextDecoder;
import io.github.pekoe.internal.js.Base64Text;
import io.github.pekoe.internal.js.Bytes;
import io.github.pekoe.internal.js.JsonText;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * A response that has arrived, body and all: its status, headers and body. The body is read in
 * full before the response is handed out, so the body methods never block and may be called any
 * number of times, in any order, each call giving a fresh value.
 */
public final class FetchResponse {
    private final String request;
    private final int status;
    private final String statusText;
    private final String url;
    private final boolean redirected;
    private final FetchHeaders headers;
    private final ArrayBuffer body;

    FetchResponse(String request, int status, String statusText, String url, boolean redirected,
            FetchHeaders headers, ArrayBuffer body) {
        this.request = request;
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.redirected = redirected;
        this.headers = headers;
        this.body = body;
    }

    /** Tells whether the status is a success, 200 to 299. */
    public boolean isOk() {
        return status >= 200 && status <= 299;
    }

    /** The HTTP status, such as 200 or 404. */
    public int status() {
        return status;
    }

    /** The status text, such as {@code "OK"} ({@code ""} over HTTP/2). */
    public String statusText() {
        return statusText;
    }

    /** The final URL of the response, after any redirect. */
    public String url() {
        return url;
    }

    /** Tells whether the request was redirected on its way. */
    public boolean isRedirected() {
        return redirected;
    }

    /** The response headers; {@code headers().get("content-type")} ignores letter case. */
    public FetchHeaders headers() {
        return headers;
    }

    /** The body decoded as UTF-8, as the browser's {@code Response.text()} decodes it. */
    public String text() {
        return new JsTextDecoder().decode(body);
    }

    /**
     * The body parsed as JSON: a {@code Map} (keys in order), {@code List}, {@code String},
     * {@code Long} for whole numbers, {@code Double} otherwise, {@code Boolean} or null; cast it to
     * what the server sends: {@code Map<?, ?> data = (Map<?, ?>) response.json();}.
     *
     * @throws FetchException with reason {@code INVALID_JSON} if the body is not JSON
     */
    public @Nullable Object json() {
        try {
            return JsonText.parse(text());
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_JSON, url, request + " failed: " + e.getMessage());
        }
    }

    /** The body as a new byte array. */
    public byte[] bytes() {
        return Bytes.toJava(body);
    }

    /** The body as a new JavaScript {@code ArrayBuffer}, to hand to browser APIs. */
    public ArrayBuffer arrayBuffer() {
        return body.slice(0, body.getByteLength());
    }

    /** The body as a JavaScript {@code Blob} typed by the {@code Content-Type} header. */
    public Blob blob() {
        String type = headers.get("content-type");
        return Bytes.blob(body, type == null ? "" : type);
    }

    /**
     * The body as a {@code data:} URL of its {@code Content-Type} ({@code application/octet-stream}
     * when there is none), such as {@code data:image/png;base64,iVBOR...}: an image's {@code src} or
     * a link's {@code href} that needs no second request.
     */
    public String dataUrl() {
        String type = headers.get("content-type");
        return "data:" + (type == null || type.trim().isEmpty() ? "application/octet-stream" : type)
                + ";base64," + Base64Text.encode(bytes());
    }

    /** The status and URL, such as {@code 200 OK http://example.com/}. */
    @Override
    public String toString() {
        return status + " " + statusText + " " + url;
    }
}
