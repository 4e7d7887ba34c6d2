package io.github.pekoe.websocket;

/** An event of a {@link WebSocket}: {@code "open"} and {@code "error"} as they are, and the base of the others. */
public class WebSocketEvent {
    private final String type;
    private final WebSocket socket;

    WebSocketEvent(String type, WebSocket socket) {
        this.type = type;
        this.socket = socket;
    }

    /** The event's type: {@code "open"}, {@code "message"}, {@code "close"} or {@code "error"}. */
    public String type() {
        return type;
    }

    /** The socket the event came from. */
    public WebSocket socket() {
        return socket;
    }

    /** The type and the socket's URL, e.g. {@code open ws://127.0.0.1:8001/}. */
    @Override
    public String toString() {
        return type + " " + socket.url();
    }
}
