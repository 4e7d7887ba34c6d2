package io.github.pekoe.fetch;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.Bytes;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * The options of a fetch, the browser's {@code RequestInit} as a builder:
 * {@code new FetchOptions().method("POST").header("X-Id", "7").body(Map.of("name", "Ada")).timeout(5000)}.
 * Every setter checks its value and returns this. Unset options take the browser's defaults.
 * Where the browser has no {@code fetch}, {@code mode} and {@code cache} are not applied and
 * {@code credentials} only distinguishes {@code include} from the rest.
 */
public final class FetchOptions {
    private static final String CREDENTIALS = " omit same-origin include ";
    private static final String MODES = " cors no-cors same-origin ";
    private static final String CACHES = " default no-store reload no-cache force-cache only-if-cached ";
    private static final String REDIRECTS = " follow error manual ";

    private String method = "GET";
    private final List<String> headers = new ArrayList<>();
    private String textBody;
    private byte[] bytesBody;
    private JSObject rawBody;
    private boolean json;
    private String credentials;
    private String mode;
    private String cache;
    private String redirect;
    private int timeout;
    private AbortHandle signal;

    /** Options for a plain GET. */
    public FetchOptions() {
    }

    /**
     * Sets the HTTP method, such as {@code "POST"}, {@code "PUT"} or {@code "DELETE"} (default GET).
     * {@code fetch} refuses, with an {@code IllegalArgumentException}, a method that is not an HTTP
     * token or that browsers forbid ({@code CONNECT}, {@code TRACE}, {@code TRACK}).
     *
     * @throws IllegalArgumentException if it is null or empty
     */
    public FetchOptions method(String method) {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("the HTTP method must not be empty");
        }
        this.method = method;
        return this;
    }

    /**
     * Adds a request header; adding a name twice sends both values.
     *
     * @throws IllegalArgumentException if the name is not an HTTP token or the value holds a line break
     */
    public FetchOptions header(String name, String value) {
        if (name == null || value == null || !Arguments.isToken(name) || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid HTTP header: '" + name + ": " + value + "'");
        }
        headers.add(name);
        headers.add(value);
        return this;
    }

    /** Adds every entry of {@code headers} as a request header. */
    public FetchOptions headers(Map<String, String> headers) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            header(header.getKey(), header.getValue());
        }
        return this;
    }

    /** Sends {@code text} as the body, UTF-8 encoded ({@code text/plain} unless a header says otherwise). */
    public FetchOptions body(String text) {
        clearBody();
        textBody = text;
        return this;
    }

    /** Sends {@code bytes} as the body, as they are. */
    public FetchOptions body(byte[] bytes) {
        clearBody();
        bytesBody = bytes;
        return this;
    }

    /**
     * Sends {@code json} written as JSON, with {@code Content-Type: application/json} unless a
     * header says otherwise.
     *
     * @throws IllegalArgumentException if something in it cannot be written as JSON
     */
    public FetchOptions body(Map<String, ?> json) {
        return jsonBody(json);
    }

    /** Sends {@code json} written as JSON, as {@link #body(Map)} does. */
    public FetchOptions body(List<?> json) {
        return jsonBody(json);
    }

    /** Sends a browser object as it is: a {@code Blob}, {@code FormData} or {@code URLSearchParams}. */
    public FetchOptions body(JSObject body) {
        clearBody();
        rawBody = body;
        return this;
    }

    /** Sets {@code credentials}: {@code "omit"}, {@code "same-origin"} or {@code "include"}. */
    public FetchOptions credentials(String credentials) {
        this.credentials = oneOf("credentials", credentials, CREDENTIALS);
        return this;
    }

    /** Sets {@code mode}: {@code "cors"}, {@code "no-cors"} or {@code "same-origin"}. */
    public FetchOptions mode(String mode) {
        this.mode = oneOf("mode", mode, MODES);
        return this;
    }

    /** Sets {@code cache}: {@code "default"}, {@code "no-store"}, {@code "reload"}, {@code "no-cache"}, ... */
    public FetchOptions cache(String cache) {
        this.cache = oneOf("cache", cache, CACHES);
        return this;
    }

    /**
     * Sets {@code redirect}: {@code "follow"} (default), {@code "error"} (a redirect is a network
     * failure) or {@code "manual"} (only where the browser has {@code fetch}).
     */
    public FetchOptions redirect(String redirect) {
        this.redirect = oneOf("redirect", redirect, REDIRECTS);
        return this;
    }

    /** Fails the fetch with reason {@code TIMEOUT} when the response is not in after {@code millis} ms; 0 waits forever. */
    public FetchOptions timeout(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("the timeout must be 0 (none) or more milliseconds, not " + millis);
        }
        timeout = millis;
        return this;
    }

    /** Lets {@code handle.abort()} cancel the fetch. */
    public FetchOptions signal(AbortHandle handle) {
        signal = handle;
        return this;
    }

    String method() {
        return method;
    }

    String credentials() {
        return credentials;
    }

    String mode() {
        return mode;
    }

    String cache() {
        return cache;
    }

    String redirect() {
        return redirect;
    }

    int timeout() {
        return timeout;
    }

    AbortHandle signal() {
        return signal;
    }

    /**
     * Checks that the options make a request.
     *
     * @throws IllegalArgumentException if the method is not an HTTP token or is one browsers forbid,
     *     or a GET or HEAD request has a body
     */
    void check() {
        String upper = FetchHeaders.lower(method);
        if (!Arguments.isToken(method)) {
            throw new IllegalArgumentException("'" + method + "' is not an HTTP method: a method is a token (letters,"
                    + " digits and !#$%&'*+-.^_`|~, not empty)");
        }
        if (upper.equals("connect") || upper.equals("trace") || upper.equals("track")) {
            throw new IllegalArgumentException("browsers forbid the HTTP method " + method + "; nothing would be sent");
        }
        if ((upper.equals("get") || upper.equals("head")) && hasBody()) {
            throw new IllegalArgumentException("a " + method + " request cannot have a body; use POST or PUT");
        }
    }

    /**
     * The request headers as name, value, name, value..., with the content type of a text or JSON
     * body unless one is set (so that both transports send the same one).
     */
    List<String> headerList() {
        List<String> list = new ArrayList<>(headers);
        if (textBody != null && !hasHeader("content-type")) {
            list.add("Content-Type");
            list.add(json ? "application/json" : "text/plain;charset=UTF-8");
        }
        return list;
    }

    /** The body as the browser takes it, or null for none. */
    JSObject browserBody() {
        if (textBody != null) {
            return JsPrimitives.of(textBody);
        }
        return bytesBody != null ? Bytes.toJs(bytesBody) : rawBody;
    }

    private boolean hasBody() {
        return textBody != null || bytesBody != null || rawBody != null;
    }

    private boolean hasHeader(String lowerName) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (FetchHeaders.lower(headers.get(i)).equals(lowerName)) {
                return true;
            }
        }
        return false;
    }

    private FetchOptions jsonBody(Object value) {
        String text = JsonText.stringify(value);
        clearBody();
        textBody = text;
        json = true;
        return this;
    }

    private void clearBody() {
        textBody = null;
        bytesBody = null;
        rawBody = null;
        json = false;
    }

    private static String oneOf(String option, String value, String allowed) {
        if (value == null || value.isEmpty() || value.indexOf(' ') >= 0 || allowed.indexOf(" " + value + " ") < 0) {
            throw new IllegalArgumentException(option + " must be one of" + allowed.substring(0, allowed.length() - 1)
                    .replace(" ", ", ").substring(1) + ", not '" + value + "'");
        }
        return value;
    }
}
