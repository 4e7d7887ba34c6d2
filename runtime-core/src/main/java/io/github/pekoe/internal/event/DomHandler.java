package io.github.pekoe.internal.event;

import io.github.pekoe.EventHandler;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.events.Event;

/**
 * An event handler that takes its DOM event as the browser's object: a bound listener calls
 * {@link #handleDom}, whose parameter is a JavaScript type, so the event reaches it unwrapped, where
 * {@link EventHandler#handle}, a generic method, would get the event wrapped as a Java object on
 * every call. The processor's generated handlers and handlers without the event are such handlers.
 */
public interface DomHandler extends EventHandler<Event> {
    /** Handles {@code event}. */
    void handleDom(@Nullable Event event) throws Exception;

    /** Handles {@code event}, as {@link #handleDom} does. */
    @Override
    default void handle(@Nullable Event event) throws Exception {
        handleDom(event);
    }
}
