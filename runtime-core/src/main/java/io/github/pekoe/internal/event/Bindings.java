package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.When;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsProperties;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * {@code when(...)} for DOM events: one listener per target node, removed together. In a worker whose
 * bundle lets worker code bind the page's events, the bindings go to the page through {@link #route}.
 */
public final class Bindings {
    private static @Nullable RemoteBindings remote;

    private Bindings() {
    }

    /** Sends every later binding to {@code bindings}: a worker's, which binds on the page; called once it starts. */
    public static void route(RemoteBindings bindings) {
        remote = bindings;
    }

    /**
     * Binds {@code handler} to {@code type} events of every node {@code target} stands for.
     *
     * @throws IllegalArgumentException if the target is invalid or matches nothing
     */
    public static Binding when(String type, Object target, WhenOptions options,
            EventHandler<? extends Event> handler) {
        check(type, handler);
        if (remote != null) {
            return remote.bind(type, target, options(options), dom(handler), Targets.call(type, target));
        }
        return bind(Targets.resolve(type, target), type, options, dom(handler), Targets.callName(type, target));
    }

    /**
     * Binds {@code handler} to {@code type} events of one node, as {@code Element.on(...)} does.
     *
     * @throws IllegalArgumentException if the type or handler is missing
     */
    public static Binding on(JSObject node, String type, WhenOptions options, EventHandler<? extends Event> handler) {
        check(type, handler);
        String binding = "on(\"" + type + "\")";
        if (remote != null) {
            return remote.bind(type, node, options(options), dom(handler), binding);
        }
        return DomListeners.add(node, type, dom(handler), options(options), binding);
    }

    /** Tells whether the element {@code node} has the event {@code type}: an {@code on<type>} property. */
    public static boolean hasEvent(JSObject node, String type) {
        return remote != null ? remote.hasEvent(node, type) : JsProperties.has(node, "on" + type);
    }

    /** Prevents the default and stops the propagation of {@code event} as {@code options} declare. */
    public static void applyDeclared(Event event, WhenOptions options) {
        if (options.isPreventDefault()) {
            event.preventDefault();
        }
        if (options.isStopPropagation()) {
            event.stopPropagation();
        }
    }

    /**
     * A handler of any DOM event type as one of {@code Event}: the browser hands each handler the
     * events of the type it was bound to, which the handler's parameter names.
     */
    @SuppressWarnings("unchecked")
    public static EventHandler<Event> dom(EventHandler<? extends Event> handler) {
        return (EventHandler<Event>) handler;
    }

    /** The event handler that calls {@code handler} without the event; null for null, which callers report. */
    public static @Nullable EventHandler<Event> ignoringEvent(@Nullable SimpleHandler handler) {
        return handler == null ? null : new IgnoringEvent(handler);
    }

    /**
     * As {@link #when}, but a selector that matches nothing binds nothing and returns false: a bundle
     * serves several pages, and a {@code @When} is for the pages that have its elements. A banner for
     * what the handler throws names {@code binding}.
     *
     * @throws IllegalArgumentException if the selector is empty or invalid
     */
    public static boolean whenPresent(String type, String selector, EventHandler<Event> handler, String binding) {
        check(type, handler);
        JSObject nodes = Targets.resolveAny(type, selector);
        bind(nodes, type, new WhenOptions(), handler, binding);
        return ArrayLike.length(nodes) > 0;
    }

    private static void check(String type, EventHandler<? extends Event> handler) {
        if (type == null || type.trim().isEmpty()) {
            throw new IllegalArgumentException("when(...): the event type is empty");
        }
        if (handler == null) {
            throw new IllegalArgumentException("when(\"" + type + "\", ...): the handler is null");
        }
    }

    private static WhenOptions options(@Nullable WhenOptions options) {
        return options == null ? new WhenOptions() : options;
    }

    private static Binding bind(JSObject nodes, String type, WhenOptions options, EventHandler<Event> handler,
            Object binding) {
        return DomListeners.addAll(nodes, type, handler, options(options), binding);
    }
}
