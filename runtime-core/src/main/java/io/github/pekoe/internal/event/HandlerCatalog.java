package io.github.pekoe.internal.event;

import io.github.pekoe.EventHandler;
import io.github.pekoe.When;
import io.github.pekoe.internal.names.NameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.teavm.jso.dom.events.Event;

/** The named handlers attributes can use, and the {@link When} bindings made at start-up. */
public final class HandlerCatalog {
    private static HandlerCatalog shared;

    private final NameTable<EventHandler<Event>> handlers = new NameTable<>();
    private final List<String[]> whens = new ArrayList<>();
    private final List<EventHandler<Event>> whenHandlers = new ArrayList<>();

    /** Returns the page's catalogue. */
    public static HandlerCatalog shared() {
        if (shared == null) {
            shared = new HandlerCatalog();
        }
        return shared;
    }

    /** Adds the handlers and bindings of every {@link HandlerProvider} listed in {@code META-INF/services}. */
    public static void addServices() {
        for (HandlerProvider provider : ServiceLoader.load(HandlerProvider.class)) {
            provider.registerHandlers(shared());
        }
    }

    /**
     * Registers {@code handler} under {@code name}.
     *
     * @throws IllegalArgumentException if the name is empty or already taken
     */
    public void add(String name, EventHandler<? extends Event> handler) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("a handler name must not be empty");
        }
        if (!name.equals(name.trim())) {
            throw new IllegalArgumentException("the handler name '" + name + "' has spaces around it; attributes"
                    + " name handlers without them");
        }
        if (handler == null) {
            throw new IllegalArgumentException("handler '" + name + "' is null");
        }
        if (handlers.indexOf(name) >= 0) {
            throw new IllegalArgumentException("a handler named '" + name + "' is already registered");
        }
        handlers.add(name, Bindings.dom(handler));
        PageEvents.enable();
    }

    /** Records a binding of {@code handler} to {@code event} on {@code selector}, made at start-up. */
    public void when(String event, String selector, EventHandler<Event> handler) {
        whens.add(new String[] {event, selector});
        whenHandlers.add(handler);
        PageEvents.enable();
    }

    /** Returns the handler named {@code name}, or null. */
    public EventHandler<Event> find(String name) {
        return handlers.find(name);
    }

    /** Returns the registered names in registration order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(handlers.size());
        for (int i = 0; i < handlers.size(); i++) {
            names.add(handlers.name(i));
        }
        return names;
    }

    /** The number of start-up bindings. */
    int whenCount() {
        return whens.size();
    }

    /** The event type of start-up binding {@code i}. */
    String whenEvent(int i) {
        return whens.get(i)[0];
    }

    /** The selector of start-up binding {@code i}. */
    String whenSelector(int i) {
        return whens.get(i)[1];
    }

    /** The handler of start-up binding {@code i}. */
    EventHandler<Event> whenHandler(int i) {
        return whenHandlers.get(i);
    }
}
