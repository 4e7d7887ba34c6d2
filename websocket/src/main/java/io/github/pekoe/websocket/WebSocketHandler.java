package io.github.pekoe.websocket;

/**
 * Handles one event of a {@link WebSocket}. It runs on a Java thread of its own, so it may block
 * (sleep, fetch, {@link WebSocket#receive(int)}); an exception it throws is shown as an error banner
 * and the socket carries on.
 *
 * @param <E> the event type: {@link WebSocketEvent}, {@link MessageEvent} or {@link CloseEvent}
 */
@FunctionalInterface
public interface WebSocketHandler<E extends WebSocketEvent> {
    /** Handles {@code event}. */
    void handle(E event) throws Exception;
}
