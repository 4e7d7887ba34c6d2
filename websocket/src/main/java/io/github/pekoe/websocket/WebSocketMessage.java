package io.github.pekoe.websocket;

import org.jspecify.annotations.Nullable;
/** A message a {@link WebSocket} received: text as a {@code String}, binary data as {@code byte[]}. */
public final class WebSocketMessage extends WebSocketEvent {
    private final String text;
    private final byte[] bytes;

    WebSocketMessage(WebSocket socket, String text, byte[] bytes) {
        super("message", socket);
        this.text = text;
        this.bytes = bytes;
    }

    /** The message: a {@code String} for a text message, a {@code byte[]} for a binary one. */
    public Object data() {
        return bytes != null ? bytes : text;
    }

    /** Tells whether the message is binary ({@link #bytes()}) rather than text ({@link #text()}). */
    public boolean isBinary() {
        return bytes != null;
    }

    /** The text of a text message, or null for a binary one. */
    public @Nullable String text() {
        return text;
    }

    /** The bytes of a binary message (the array is the event's own), or null for a text one. */
    public byte @Nullable [] bytes() {
        return bytes;
    }

    /** {@code message: TEXT}, or {@code message: N bytes} for a binary message. */
    @Override
    public String toString() {
        return "message: " + (bytes != null ? bytes.length + " bytes" : text);
    }
}
