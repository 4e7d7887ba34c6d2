package io.github.pekoe;

import org.jspecify.annotations.Nullable;
/**
 * A handler that receives its event: a DOM event ({@code Event}, {@code MouseEvent}, ...), a
 * {@link Signal}'s result, a WebSocket message or a fetch response. It may block (sleep, fetch) and
 * may throw: what it throws is reported on the page and the console, never lost, and the handler
 * runs again next time. {@link SimpleHandler} is the same without the event.
 *
 * @param <E> the type of the event
 */
@FunctionalInterface
public interface EventHandler<E extends @Nullable Object> {
    /** Handles {@code event}. */
    void handle(E event) throws Exception;
}
