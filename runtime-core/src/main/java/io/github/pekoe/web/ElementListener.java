package io.github.pekoe.web;

import io.github.pekoe.EventHandler;
import org.teavm.jso.dom.events.Event;

/**
 * A handler waiting for its element, as {@code Web.onClick(handler)} and its kind make it: a tag
 * factory binds it to the element it creates, {@code button("Go", onClick(this::go))} (PyScript's
 * {@code button("Go", on_click=go)}).
 */
public final class ElementListener {
    private final String type;
    private final EventHandler<? extends Event> handler;

    ElementListener(String type, EventHandler<? extends Event> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("the " + type + " handler is null");
        }
        this.type = type;
        this.handler = handler;
    }

    /**
     * Binds the handler to {@code element}'s event.
     *
     * @throws IllegalArgumentException if the element has no such event
     */
    void bindTo(Element element) {
        element.event(type).addListener(handler);
    }
}
