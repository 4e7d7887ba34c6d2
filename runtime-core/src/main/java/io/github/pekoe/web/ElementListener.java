package io.github.pekoe.web;

import io.github.pekoe.EventHandler;
import java.util.function.Consumer;
import org.teavm.jso.dom.events.Event;

/**
 * A handler waiting for its element, as {@code Web.onClick(handler)} and its kind make it: a tag
 * factory binds it to the element it creates, {@code button("Go", onClick(this::go))} (PyScript's
 * {@code button("Go", on_click=go)}).
 */
public final class ElementListener {
    /**
     * Binds the handler to an element. A lambda made only here, so that a bundle whose factories never
     * get a listener carries none of the event lookup (TeaVM keeps a call's targets only when an
     * instance reaches it).
     */
    private final Consumer<Element> binding;

    ElementListener(String type, EventHandler<? extends Event> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("the " + type + " handler is null");
        }
        binding = element -> element.event(type).addListener(handler);
    }

    /**
     * Binds the handler to {@code element}'s event.
     *
     * @throws IllegalArgumentException if the element has no such event
     */
    void bindTo(Element element) {
        binding.accept(element);
    }
}
