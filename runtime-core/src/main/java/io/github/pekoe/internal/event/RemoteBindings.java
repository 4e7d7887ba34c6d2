package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * Where a worker's bindings go: the page binds its nodes, and the handlers run in the worker
 * ({@link Bindings#route}).
 */
public interface RemoteBindings {
    /**
     * Binds {@code handler} to {@code type} events of every page node {@code target} stands for;
     * {@code binding} names the call in messages and banners.
     *
     * @throws IllegalArgumentException if the target is invalid or matches nothing
     */
    Binding bind(String type, Object target, WhenOptions options, EventHandler<Event> handler, String binding);

    /** Tells whether the page's element {@code node} has the event {@code type}. */
    boolean hasEvent(JSObject node, String type);
}
