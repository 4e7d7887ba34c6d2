package io.github.pekoe.bridge;

import org.teavm.jso.dom.events.Event;

/** TeaVM's {@code Event}, plus the methods it does not declare. */
public interface JsEvent extends Event {
    /** Stops the event: no further listener runs, on this element or any other. */
    void stopImmediatePropagation();
}
