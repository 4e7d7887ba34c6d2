package io.github.pekoe.fetch;

import io.github.pekoe.EventHandler;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.PageUrls;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.file.Blob;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * A request under way, started by {@code Pekoe.fetch(url[, options])}. Take its result in one
 * blocking call ({@link #text()}, {@link #json()}, {@link #bytes()}, {@link #arrayBuffer()},
 * {@link #blob()}) or the {@link #response()} first; these block the calling Java thread (a script
 * body, or a thread you started) until the response is in. Code that must not block, such as a
 * plain DOM event listener, passes callbacks to {@link #then(EventHandler, EventHandler)} instead.
 */
public final class Fetch {
    /** The URL schemes fetch takes; the browser refuses or cannot read the others ({@code javascript:}, {@code file:}). */
    private static final String SCHEMES = " http: https: data: blob: ";
    private static final String NOT_ON_A_THREAD = "fetch(...) must wait for the response, and this code cannot "
            + "wait: it runs outside a Java thread (in a DOM event listener or a callback). Use "
            + "fetch(...).then(...), or start a thread: new Thread(() -> ...).start()";

    private final String method;
    private final String url;
    private final FetchOptions options;
    private FetchResponse response;
    private FetchException failure;
    private List<Runnable> waiters = new ArrayList<>();
    private Runnable abortTransport;
    private int timer = -1;

    private Fetch(String method, String url, FetchOptions options) {
        this.method = method;
        this.url = url;
        this.options = options;
    }

    /**
     * Starts a request, as {@code Pekoe.fetch} does; {@code options} may be null for a plain GET.
     * Returns at once, also outside Java threads.
     *
     * @throws IllegalArgumentException if the URL is null, not valid or not one fetch takes (http:, https:,
     *     data:, blob:), or the options make no request (a GET with a body, a header name the browser refuses)
     * @throws UnsupportedOperationException for a {@code redirect} option the browser cannot honour
     *     without fetch: {@code "manual"}, and {@code "error"} where XMLHttpRequest has no {@code responseURL}
     */
    public static Fetch start(String url, @Nullable FetchOptions options) {
        FetchOptions checked = options == null ? new FetchOptions() : options;
        checked.check();
        String absolute = absolute(url);
        boolean browserFetch = JsProperties.hasGlobal("fetch");
        if (!browserFetch) {
            XhrTransport.checkRedirect(checked.redirect());
        }
        Fetch fetch = new Fetch(checked.method(), absolute, checked);
        fetch.send(browserFetch);
        return fetch;
    }

    /** The response once it is in, headers and body; HTTP error statuses included. Blocks until then. */
    public FetchResponse response() {
        if (!settled()) {
            try {
                awaitSettled(this);
            } catch (RuntimeException e) {
                throw new IllegalStateException(NOT_ON_A_THREAD, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    /** The body as text; see {@link FetchResponse#text()}. Blocks until the response is in. */
    public String text() {
        return response().text();
    }

    /** The body as Java values; see {@link FetchResponse#json()}. Blocks until the response is in. */
    public @Nullable Object json() {
        return response().json();
    }

    /** The body as bytes. Blocks until the response is in. */
    public byte[] bytes() {
        return response().bytes();
    }

    /** The body as a JavaScript {@code ArrayBuffer}. Blocks until the response is in. */
    public ArrayBuffer arrayBuffer() {
        return response().arrayBuffer();
    }

    /** The body as a JavaScript {@code Blob}. Blocks until the response is in. */
    public Blob blob() {
        return response().blob();
    }

    /** The body as a {@code data:} URL of its content type (see {@link FetchResponse#dataUrl()}). Blocks until the response is in. */
    public String dataUrl() {
        return response().dataUrl();
    }

    /**
     * Calls {@code onResponse} with the response, or {@code onFailure} with the exception, once the
     * request is done (at once if it is), each on a Java thread of its own as handlers run: they may
     * block, and an exception they throw is reported on the page like a handler's.
     *
     * @throws IllegalArgumentException if a callback is null
     */
    public Fetch then(EventHandler<FetchResponse> onResponse, EventHandler<FetchException> onFailure) {
        if (onResponse == null || onFailure == null) {
            throw new IllegalArgumentException("fetch(\"" + url + "\").then(...): a callback is null");
        }
        String where = "fetch(\"" + url + "\").then(...)";
        Runnable call = () -> HandlerThreads.runNow(where, () -> {
            if (failure == null) {
                onResponse.handle(response);
            } else {
                onFailure.handle(failure);
            }
        });
        if (settled()) {
            call.run();
        } else {
            waiters.add(call);
        }
        return this;
    }

    /** Calls {@code onResponse} as {@link #then(EventHandler, EventHandler)} does; a failure is reported on the page. */
    public Fetch then(EventHandler<FetchResponse> onResponse) {
        return then(onResponse, failure -> {
            throw failure;
        });
    }

    String method() {
        return method;
    }

    String url() {
        return url;
    }

    /** Called by a transport when the whole response is in. */
    void arrived(int status, String statusText, String finalUrl, boolean redirected, String headerLines,
            ArrayBuffer body) {
        if (!settled()) {
            response = new FetchResponse(method + " " + url, status, statusText, finalUrl, redirected,
                    FetchHeaders.parse(headerLines), body);
            finish();
            wake();
        }
    }

    /** Called by a transport when the request failed on the network (or by CORS, or a refused redirect). */
    void failedOnNetwork() {
        fail("network error (the server is unreachable, refused the connection, or CORS refused the response"
                + ("error".equals(options.redirect()) ? ", or it redirected and redirect is \"error\")" : ")"));
    }

    /** Called by a transport when the connection broke after the status and headers, while the body was arriving. */
    void bodyCutShort(int status) {
        fail("the connection broke while the body was arriving (after status " + status
                + " and its headers): the body was cut short");
    }

    private void fail(String cause) {
        if (!settled()) {
            failure = failure(FetchException.Reason.NETWORK, cause);
            finish();
            wake();
        }
    }

    /** Fails the fetch for its {@code timeout} option. */
    void timedOut() {
        cancel(FetchException.Reason.TIMEOUT, "timed out: no response within " + options.timeout() + " ms");
    }

    /** Fails the fetch at once (abort or timeout) and stops the transport; waiters wake on the next turn. */
    void cancel(FetchException.Reason reason, String cause) {
        if (!settled()) {
            failure = failure(reason, cause);
            finish();
            if (abortTransport != null) {
                abortTransport.run();
            }
            // The caller may be a Java thread (abort() in a script); threads resume only outside one.
            Window.setTimeout(this::wake, 0);
        }
    }

    private void send(boolean browserFetch) {
        AbortHandle signal = options.signal();
        if (signal != null && signal.isAborted()) {
            cancel(FetchException.Reason.ABORTED, "aborted");
            return;
        }
        try {
            abortTransport = browserFetch ? FetchTransport.send(this, options) : XhrTransport.send(this, options);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("fetch: the browser refused " + method + " " + url + ": "
                    + e.getMessage(), e);
        }
        if (signal != null) {
            signal.add(this);
        }
        int timeout = options.timeout();
        if (timeout > 0) {
            timer = Window.setTimeout(this::timedOut, timeout);
        }
    }

    private FetchException failure(FetchException.Reason reason, String cause) {
        return new FetchException(reason, url, method + " " + url + " failed: " + cause);
    }

    private boolean settled() {
        return response != null || failure != null;
    }

    private void finish() {
        if (timer >= 0) {
            Window.clearTimeout(timer);
        }
        AbortHandle signal = options.signal();
        if (signal != null) {
            signal.remove(this);
        }
    }

    private void wake() {
        List<Runnable> woken = waiters;
        waiters = new ArrayList<>();
        for (Runnable waiter : woken) {
            waiter.run();
        }
    }

    @Async
    private static native Boolean awaitSettled(Fetch fetch);

    private static void awaitSettled(Fetch fetch, AsyncCallback<Boolean> callback) {
        try {
            fetch.waiters.add(() -> callback.complete(Boolean.TRUE));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    /**
     * The absolute form of {@code url} against the page's base URL, without fragment.
     *
     * @throws IllegalArgumentException if it is null, not valid, or of a scheme fetch does not take
     */
    private static String absolute(String url) {
        String absolute = PageUrls.absolute(Arguments.notNull(url, "fetch: the URL"));
        if (absolute == null) {
            throw new IllegalArgumentException("fetch: '" + url + "' is not a valid URL");
        }
        String scheme = absolute.substring(0, absolute.indexOf(':') + 1);
        if (SCHEMES.indexOf(" " + scheme + " ") < 0) {
            throw new IllegalArgumentException("fetch: the URL '" + url + "' has the scheme '" + scheme
                    + "'; fetch takes http:, https:, data: and blob: URLs");
        }
        int fragment = absolute.indexOf('#');
        return fragment < 0 ? absolute : absolute.substring(0, fragment);
    }
}
