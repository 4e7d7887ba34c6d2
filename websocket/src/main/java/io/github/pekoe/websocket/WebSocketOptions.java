package io.github.pekoe.websocket;

/**
 * What a {@link WebSocket} is constructed with besides its URL: the subprotocols to ask for and the
 * handlers, so that none can miss an event:
 * {@code new WebSocket(url, new WebSocketOptions().protocols("chat").onMessage(e -> ...))}.
 */
public final class WebSocketOptions {
    String[] protocols = new String[0];
    WebSocketHandler<WebSocketEvent> onOpen;
    WebSocketHandler<MessageEvent> onMessage;
    WebSocketHandler<CloseEvent> onClose;
    WebSocketHandler<WebSocketEvent> onError;

    /** The subprotocols to ask the server for, preferred first; the server picks one or none. */
    public WebSocketOptions protocols(String... names) {
        protocols = names.clone();
        return this;
    }

    /** The handler of the {@code open} event. */
    public WebSocketOptions onOpen(WebSocketHandler<WebSocketEvent> handler) {
        onOpen = handler;
        return this;
    }

    /** The handler of each message; without one, messages wait for {@link WebSocket#receive(int)}. */
    public WebSocketOptions onMessage(WebSocketHandler<MessageEvent> handler) {
        onMessage = handler;
        return this;
    }

    /** The handler of the {@code close} event. */
    public WebSocketOptions onClose(WebSocketHandler<CloseEvent> handler) {
        onClose = handler;
        return this;
    }

    /** The handler of the {@code error} event (a failed connection, or one that broke). */
    public WebSocketOptions onError(WebSocketHandler<WebSocketEvent> handler) {
        onError = handler;
        return this;
    }
}
