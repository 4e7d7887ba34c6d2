package io.github.pekoe.websocket;

/** The end of a {@link WebSocket}'s connection: the close code, the reason, and whether it closed cleanly. */
public final class WebSocketClose extends WebSocketEvent {
    private final int code;
    private final String reason;
    private final boolean wasClean;

    WebSocketClose(WebSocket socket, int code, String reason, boolean wasClean) {
        super("close", socket);
        this.code = code;
        this.reason = reason;
        this.wasClean = wasClean;
    }

    /** The close code: 1000 for a normal close, 1006 when the connection failed or dropped, 3000-4999 from applications. */
    public int code() {
        return code;
    }

    /** The reason the closing side gave, "" when none. */
    public String reason() {
        return reason;
    }

    /** Tells whether both sides completed the closing handshake. */
    public boolean isClean() {
        return wasClean;
    }

    /** {@code close CODE REASON (clean|not clean)}. */
    @Override
    public String toString() {
        return "close " + code + (reason.isEmpty() ? "" : " " + reason) + (wasClean ? " (clean)" : " (not clean)");
    }
}
