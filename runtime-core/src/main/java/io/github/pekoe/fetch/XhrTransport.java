package io.github.pekoe.fetch;

import io.github.pekoe.bridge.fetch.JsXmlHttpRequest;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * Sends a {@link Fetch} with {@code XMLHttpRequest}, for browsers without {@code fetch}: the same
 * statuses, headers, body and failures. XMLHttpRequest always follows redirects, so
 * {@code redirect("error")} is honoured after the fact (a redirected response becomes a network
 * failure), and only where it reports the final URL ({@code responseURL}; HtmlUnit has it since 5.7).
 */
final class XhrTransport {
    private XhrTransport() {
    }

    /**
     * Checks that XMLHttpRequest can honour the {@code redirect} option: it always follows, so
     * {@code "manual"} cannot be, and {@code "error"} only where it reports the final URL.
     *
     * @throws UnsupportedOperationException if it cannot
     */
    static void checkRedirect(String redirect) {
        if ("manual".equals(redirect) || "error".equals(redirect) && !reportsFinalUrl()) {
            throw new UnsupportedOperationException("redirect(\"" + redirect + "\") needs the browser's fetch, "
                    + "which this browser lacks; leave redirect at \"follow\"");
        }
    }

    /** Starts the request; returns what aborts it. */
    static Runnable send(Fetch fetch, FetchOptions options) {
        JsXmlHttpRequest xhr = new JsXmlHttpRequest();
        xhr.open(fetch.method(), fetch.url());
        xhr.setResponseType("arraybuffer");
        if ("include".equals(options.credentials())) {
            xhr.setWithCredentials(true);
        }
        List<String> headers = options.headerList();
        for (int i = 0; i < headers.size(); i += 2) {
            xhr.setRequestHeader(headers.get(i), headers.get(i + 1));
        }
        xhr.onLoad(event -> arrived(fetch, options, xhr));
        watchStatus(xhr);
        xhr.onError(event -> {
            int status = statusBeforeError(xhr);
            if (status > 0) {
                fetch.bodyCutShort(status);
            } else {
                fetch.failedOnNetwork();
            }
        });
        if (options.timeout() > 0) {
            // Besides Fetch's own timer: HtmlUnit runs no timer while a request waits, but honours this.
            xhr.onTimeout(event -> fetch.timedOut());
            xhr.setTimeout(options.timeout());
        }
        JSObject body = options.browserBody();
        if (body == null) {
            xhr.send();
        } else {
            xhr.send(body);
        }
        return () -> xhr.abort();
    }

    private static void arrived(Fetch fetch, FetchOptions options, XMLHttpRequest xhr) {
        String finalUrl = responseUrl(xhr);
        if (finalUrl.isEmpty()) {
            finalUrl = fetch.url();
        }
        boolean redirected = !finalUrl.equals(fetch.url());
        ArrayBuffer body = body(xhr);
        if (xhr.getStatus() == 0 || redirected && "error".equals(options.redirect())) {
            fetch.failedOnNetwork();
        } else if (cutShort(xhr, body) && !FetchHeaders.lower(fetch.method()).equals("head")) {
            fetch.bodyCutShort(xhr.getStatus());
        } else {
            fetch.arrived(xhr.getStatus(), xhr.getStatusText(), finalUrl, redirected, xhr.getAllResponseHeaders(), body);
        }
    }

    /**
     * Whether an unencoded body is shorter than its {@code Content-Length}: a connection that broke in
     * the middle, which some XMLHttpRequests (HtmlUnit's) report as a complete load.
     */
    @JSBody(params = {"xhr", "body"}, script = "var length = xhr.getResponseHeader('Content-Length');"
            + " return length !== null && !xhr.getResponseHeader('Content-Encoding')"
            + " && body.byteLength < Number(length);")
    private static native boolean cutShort(XMLHttpRequest xhr, ArrayBuffer body);

    /** Remembers the status once the headers have arrived, which an error afterwards resets to 0. */
    @JSBody(params = "xhr", script = "xhr.addEventListener('readystatechange', function () {"
            + " if (xhr.readyState >= 2 && xhr.status) { xhr.pekoeStatus = xhr.status; } });")
    private static native void watchStatus(XMLHttpRequest xhr);

    /** The status the headers brought before the request failed, or 0 if it failed before them. */
    @JSBody(params = "xhr", script = "return xhr.pekoeStatus || 0;")
    private static native int statusBeforeError(XMLHttpRequest xhr);

    @JSBody(script = "return 'responseURL' in XMLHttpRequest.prototype;")
    private static native boolean reportsFinalUrl();

    /** The final URL after redirects, or "" where the browser does not tell (no responseURL). */
    @JSBody(params = "xhr", script = "return xhr.responseURL || '';")
    private static native String responseUrl(XMLHttpRequest xhr);

    @JSBody(params = "xhr", script = "return xhr.response || new ArrayBuffer(0);")
    private static native ArrayBuffer body(XMLHttpRequest xhr);
}
