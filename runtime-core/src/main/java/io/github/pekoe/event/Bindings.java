package io.github.pekoe.event;

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
        if (type == null || type.trim().isEmpty()) {
            throw new IllegalArgumentException("when(...): the event type is empty");
        }
        if (handler == null) {
            throw new IllegalArgumentException("when(\"" + type + "\", ...): the handler is null");
        }
        List<Registration> registrations = new ArrayList<>();
        for (JSObject node : Targets.resolve(type, target)) {
            registrations.add(DomListeners.add(node, type, handler, options == null ? WhenOptions.none() : options));
        }
        return () -> {
            for (Registration registration : registrations) {
                registration.remove();
            }
        };
    }
}
