package io.github.pekoe.websocket;

import io.github.pekoe.EventHandler;
/**
 * What a {@link WebSocket} is constructed with besides its URL: the subprotocols to ask for and the
 * handlers, so that none can miss an event:
 * {@code new WebSocket(url, new WebSocketOptions().protocols("chat").onMessage(e -> ...))}.
 */
public final class WebSocketOptions {
    String[] protocols = new String[0];
    EventHandler<WebSocketEvent> onOpen;
    EventHandler<WebSocketMessage> onMessage;
    EventHandler<WebSocketClose> onClose;
    EventHandler<WebSocketEvent> onError;

    /** The subprotocols to ask the server for, preferred first; the server picks one or none. */
    public WebSocketOptions protocols(String... names) {
        protocols = names.clone();
        return this;
    }

    /** The handler of the {@code open} event. */
    public WebSocketOptions onOpen(EventHandler<WebSocketEvent> handler) {
        onOpen = handler;
        return this;
    }

    /** The handler of each message; without one, messages wait for {@link WebSocket#receive(int)}. */
    public WebSocketOptions onMessage(EventHandler<WebSocketMessage> handler) {
        onMessage = handler;
        return this;
    }

    /** The handler of the {@code close} event. */
    public WebSocketOptions onClose(EventHandler<WebSocketClose> handler) {
        onClose = handler;
        return this;
    }

    /** The handler of the {@code error} event (a failed connection, or one that broke). */
    public WebSocketOptions onError(EventHandler<WebSocketEvent> handler) {
        onError = handler;
        return this;
    }
}
