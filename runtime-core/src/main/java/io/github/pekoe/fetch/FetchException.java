package io.github.pekoe.fetch;

/**
 * A fetch that produced no usable result: the network failed (no connection, a refused
 * connection, a CORS refusal), it timed out, it was aborted, or its body is not the JSON asked
 * for. The message names the request and the cause. HTTP error statuses are not exceptions:
 * check {@link FetchResponse#isOk()}.
 */
public class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Reason {
        /**
         * No response (unreachable server, refused connection, CORS refusal, refused redirect), or a
         * body cut short by a broken connection after the headers; the message says which.
         */
        NETWORK,
        /** No response within the {@code timeout} of the options. */
        TIMEOUT,
        /** The request's {@link AbortHandle} was aborted. */
        ABORTED,
        /** {@code json()} met a body that is not JSON. */
        INVALID_JSON
    }

    private final Reason reason;
    private final String url;

    /** Creates the exception; {@code message} should name the request and the cause. */
    public FetchException(Reason reason, String url, String message) {
        super(message);
        this.reason = reason;
        this.url = url;
    }

    /** Why the fetch failed. */
    public Reason reason() {
        return reason;
    }

    /** The absolute URL of the request. */
    public String url() {
        return url;
    }
}
