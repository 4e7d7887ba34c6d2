package io.github.pekoe.internal.event;

import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * One event's run of a bound handler, as {@link HandlerThreads#runNow} starts it: the call, and where
 * it ran for a banner ({@code BINDING on <button id="save">}), whose text is only made when something
 * is reported, so an event that is handled without an error builds no text.
 */
final class HandlerRun implements SimpleHandler {
    private final EventHandler<Event> handler;
    private final Event event;
    private final Object binding;
    private final JSObject node;

    /** The run of {@code handler} for {@code event} on {@code node}, bound by {@code binding}. */
    HandlerRun(EventHandler<Event> handler, Event event, Object binding, JSObject node) {
        this.handler = handler;
        this.event = event;
        this.binding = binding;
        this.node = node;
    }

    /** Starts the handler on a thread of its own, at once (see {@link HandlerThreads}). */
    void start() {
        HandlerThreads.runNow(this, this);
    }

    @Override
    public void handle() throws Exception {
        if (handler instanceof DomHandler) {
            ((DomHandler) handler).handleDom(event);
        } else {
            handler.handle(event);
        }
    }

    /** Where the handler ran, as a banner names it. */
    @Override
    public String toString() {
        return DomListeners.site(String.valueOf(binding), node);
    }
}
