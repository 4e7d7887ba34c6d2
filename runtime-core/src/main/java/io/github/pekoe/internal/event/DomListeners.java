package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.Nodes;
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
     * kept here rather than by the browser, so it holds in every browser. A banner for what the
     * handler throws names {@code binding} and the element.
     */
    static Binding add(JSObject target, String type, EventHandler<Event> handler, WhenOptions options,
            Object binding) {
        boolean capture = options.isCapture();
        EventListener<Event> listener = listener(type, handler, options, binding);
        addListener(target, type, listener, capture, options.isPassive());
        return () -> ((EventTarget) target).removeEventListener(type, listener, capture);
    }

    /**
     * Adds one listener for {@code type} to each node of the JavaScript array {@code nodes}, as
     * {@link #add} does to one: the nodes share the listener, so binding many costs one Java object.
     * Returns what removes it from all of them.
     */
    static Binding addAll(JSObject nodes, String type, EventHandler<Event> handler, WhenOptions options,
            Object binding) {
        boolean capture = options.isCapture();
        EventListener<Event> listener = listener(type, handler, options, binding);
        addListeners(nodes, type, listener, capture, options.isPassive());
        return () -> removeListeners(nodes, type, listener, capture);
    }

    /**
     * The listener that runs {@code handler} on a thread; with {@code once}, it first leaves the node it
     * ran on, and it prevents the default and stops the propagation when the options say so. What the
     * handler throws is reported as from {@code binding} (its text, made only then) on that node. One
     * listener may serve many nodes.
     */
    static EventListener<Event> listener(String type, EventHandler<Event> handler, WhenOptions options,
            Object binding) {
        return new EventListener<>() {
            @Override
            public void handleEvent(Event event) {
                EventTarget node = event.getCurrentTarget();
                if (options.isOnce()) {
                    node.removeEventListener(type, this, options.isCapture());
                }
                Bindings.applyDeclared(event, options);
                new HandlerRun(handler, event, binding, node).start();
            }
        };
    }

    /**
     * How a banner names a handler that ran for {@code binding} on {@code node}: {@code BINDING on
     * <button id="save">}, or {@code on #document} for a node that is no element.
     */
    static String site(String binding, JSObject node) {
        return binding + " on " + (Nodes.localName(node).isEmpty() ? JsProperties.getString(node, "nodeName")
                : Nodes.describe(node));
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

    @JSBody(params = {"nodes", "type", "listener", "capture", "passive"},
            script = "var o = passive ? {capture: capture, passive: true} : capture;"
            + " for (var i = 0; i < nodes.length; i++) { nodes[i].addEventListener(type, listener, o); }")
    private static native void addListeners(JSObject nodes, String type, EventListener<Event> listener,
            boolean capture, boolean passive);

    @JSBody(params = {"nodes", "type", "listener", "capture"},
            script = "for (var i = 0; i < nodes.length; i++) { nodes[i].removeEventListener(type, listener, capture); }")
    private static native void removeListeners(JSObject nodes, String type, EventListener<Event> listener,
            boolean capture);
}
