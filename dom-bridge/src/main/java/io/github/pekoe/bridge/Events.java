package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.EventTarget;

/** Creates and dispatches DOM events that carry no Java-specific payload. */
public final class Events {
    private Events() {
    }

    /** Dispatches a bubbling {@code CustomEvent} named {@code type} on {@code target}. */
    public static void dispatch(EventTarget target, String type) {
        target.dispatchEvent(create(type));
    }

    @JSBody(params = "type", script = "return new CustomEvent(type, {bubbles: true});")
    private static native org.teavm.jso.dom.events.Event create(String type);
}
