package io.github.pekoe.event;

import io.github.pekoe.web.Registration;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/** {@code when(...)} for DOM events: one listener per target node, removed together. */
public final class Bindings {
    private Bindings() {
    }

    /**
     * Binds {@code handler} to {@code type} events of every node {@code target} stands for.
     *
     * @throws IllegalArgumentException if the target is invalid or matches nothing
     */
    public static Registration when(String type, Object target, WhenOptions options, EventHandler handler) {
        check(type, handler);
        return bind(Targets.resolve(type, target), type, options, handler);
    }

    /**
     * As {@link #when}, but a selector that matches nothing binds nothing and returns false: a bundle
     * serves several pages, and a {@code @When} is for the pages that have its elements.
     *
     * @throws IllegalArgumentException if the selector is empty or invalid
     */
    public static boolean whenPresent(String type, String selector, EventHandler handler) {
        check(type, handler);
        List<JSObject> nodes = Targets.resolveAny(type, selector);
        bind(nodes, type, WhenOptions.none(), handler);
        return !nodes.isEmpty();
    }

    private static void check(String type, EventHandler handler) {
        if (type == null || type.trim().isEmpty()) {
            throw new IllegalArgumentException("when(...): the event type is empty");
        }
        if (handler == null) {
            throw new IllegalArgumentException("when(\"" + type + "\", ...): the handler is null");
        }
    }

    private static Registration bind(List<JSObject> nodes, String type, WhenOptions options, EventHandler handler) {
        List<Registration> registrations = new ArrayList<>();
        for (JSObject node : nodes) {
            registrations.add(DomListeners.add(node, type, handler, options == null ? WhenOptions.none() : options));
        }
        return () -> {
            for (Registration registration : registrations) {
                registration.remove();
            }
        };
    }
}
