package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * Adds DOM listeners whose Java handler runs on a thread of its own, started inside the dispatch
 * (see {@link HandlerThreads}).
 */
final class DomListeners {
    private DomListeners() {
    }

    /** A JavaScript function receiving the event. */
    @JSFunctor
    interface Listener extends JSObject {
        void on(org.teavm.jso.dom.events.Event event);
    }

    /**
     * Adds a listener for {@code type} on {@code target}; returns what removes it. {@code once} is
     * kept here rather than by the browser, so it holds in every browser.
     */
    static Binding add(JSObject target, String type, EventHandler<Event> handler, WhenOptions options) {
        boolean capture = options.isCapture();
        Binding[] registration = new Binding[1];
        Listener listener = event -> {
            if (options.isOnce()) {
                registration[0].remove();
            }
            HandlerThreads.runNow(() -> handler.handle(event));
        };
        registration[0] = () -> removeListener(target, type, listener, capture);
        addListener(target, type, listener, capture, options.isPassive());
        return registration[0];
    }

    /** Adds {@code listener} itself (it runs outside any TeaVM thread and must not block). */
    static Binding addRaw(JSObject target, String type, Listener listener, boolean capture) {
        addListener(target, type, listener, capture, false);
        return () -> removeListener(target, type, listener, capture);
    }

    @JSBody(params = {"target", "type", "listener", "capture", "passive"},
            script = "target.addEventListener(type, listener, passive ? {capture: capture, passive: true} : capture);")
    private static native void addListener(JSObject target, String type, Listener listener, boolean capture,
            boolean passive);

    @JSBody(params = {"target", "type", "listener", "capture"},
            script = "target.removeEventListener(type, listener, capture);")
    private static native void removeListener(JSObject target, String type, Listener listener, boolean capture);
}
