package io.github.pekoe.web;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.event.Bindings;
import org.teavm.jso.dom.events.Event;

/**
 * One kind of event of one element, such as {@code button.onClick()} gives (PyScript's
 * {@code button.on_click}): pass it to {@code when(...)}, or add listeners to it.
 *
 * <pre>{@code
 * when(save.onClick(), () -> store(note.value()));
 * note.onInput().addListener((InputEvent e) -> count.text(note.value().length() + " characters"));
 * }</pre>
 */
public final class ElementEvent {
    private final Element element;
    private final String type;

    /**
     * The {@code type} event of {@code element}.
     *
     * @throws IllegalArgumentException if the element has no {@code on<type>} property
     */
    ElementEvent(Element element, String type) {
        if (type == null || type.isEmpty() || !Bindings.hasEvent(element.dom(), type)) {
            throw new IllegalArgumentException("<" + element.tag() + "> has no event '" + type + "'; for a custom"
                    + " event use on(type, handler) or when(type, element, handler)");
        }
        this.element = element;
        this.type = type;
    }

    /** The element whose event this is. */
    public Element element() {
        return element;
    }

    /** The event's type: {@code "click"}, {@code "input"}, ... */
    public String type() {
        return type;
    }

    /**
     * Calls {@code handler} with each of these events, as {@link Element#on(String, EventHandler)} does.
     *
     * @return what removes the listener
     */
    public <E extends Event> Binding addListener(EventHandler<E> handler) {
        return element.on(type, handler);
    }

    /** As {@link #addListener(EventHandler)}, for a handler that does not need the event. */
    public Binding addListener(SimpleHandler handler) {
        return element.on(type, handler);
    }

    /** Names the event: {@code "click on <button>"}. */
    @Override
    public String toString() {
        return type + " on <" + element.tag() + ">";
    }
}
