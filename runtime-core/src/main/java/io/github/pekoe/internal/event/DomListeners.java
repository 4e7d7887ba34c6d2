package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;

/**
 * Adds DOM listeners whose Java handler runs on a thread of its own, started inside the dispatch
 * (see {@link HandlerThreads}).
 */
final class DomListeners {
    private DomListeners() {
    }

    /**
     * Adds a listener for {@code type} on {@code target}; returns what removes it. {@code once} is
     * kept here rather than by the browser, so it holds in every browser.
     */
    static Binding add(JSObject target, String type, EventHandler<Event> handler, WhenOptions options) {
        boolean capture = options.isCapture();
        Binding[] registration = new Binding[1];
        EventListener<Event> listener = event -> {
            if (options.isOnce()) {
                registration[0].remove();
            }
            HandlerThreads.runNow(() -> handler.handle(event));
        };
        registration[0] = () -> ((EventTarget) target).removeEventListener(type, listener, capture);
        addListener(target, type, listener, capture, options.isPassive());
        return registration[0];
    }

    /** Adds {@code listener} itself (it runs outside any TeaVM thread and must not block). */
    static Binding addRaw(JSObject target, String type, EventListener<Event> listener, boolean capture) {
        addListener(target, type, listener, capture, false);
        return () -> ((EventTarget) target).removeEventListener(type, listener, capture);
    }

    @JSBody(params = {"target", "type", "listener", "capture", "passive"},
            script = "target.addEventListener(type, listener, passive ? {capture: capture, passive: true} : capture);")
    private static native void addListener(JSObject target, String type, EventListener<Event> listener,
            boolean capture, boolean passive);
}
