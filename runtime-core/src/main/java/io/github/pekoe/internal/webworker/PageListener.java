package io.github.pekoe.internal.webworker;

import io.github.pekoe.WhenOptions;
import io.github.pekoe.internal.event.Bindings;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * One of a worker's bindings on the page: a listener on each of its nodes that, inside the dispatch,
 * prevents the default and stops the propagation as the binding declared, copies the event for the
 * worker ({@link EventCopy}) and hands the copy to the worker's {@link EventChannel}. It never blocks:
 * the handler runs in the worker.
 */
final class PageListener implements EventListener<Event> {
    private final EventChannel channel;
    private final int id;
    private final String type;
    private final boolean capture;
    private final boolean once;
    private final WhenOptions declared = new WhenOptions();
    private final JSObject[] nodes;
    private int bound;

    PageListener(EventChannel channel, int id, String type, int flags, JSObject[] nodes) {
        this.channel = channel;
        this.id = id;
        this.type = type;
        this.nodes = nodes;
        capture = (flags & Op.CAPTURE) != 0;
        once = (flags & Op.ONCE) != 0;
        if ((flags & Op.PREVENT_DEFAULT) != 0) {
            declared.preventDefault();
        }
        if ((flags & Op.STOP_PROPAGATION) != 0) {
            declared.stopPropagation();
        }
        boolean passive = (flags & Op.PASSIVE) != 0;
        for (JSObject node : nodes) {
            add(node, type, this, capture, passive);
        }
        bound = nodes.length;
    }

    @Override
    public void handleEvent(Event event) {
        JSObject node = event.getCurrentTarget();
        if (once) {
            removeFrom(node, type, this, capture);
            if (--bound == 0) {
                channel.finished(id);
            }
        }
        Bindings.applyDeclared(event, declared);
        channel.caught(id, EventCopy.of(event, node, channel.table()));
    }

    /** Removes the listener from every node of the binding. */
    void remove() {
        for (JSObject node : nodes) {
            removeFrom(node, type, this, capture);
        }
    }

    @JSBody(params = {"node", "type", "listener", "capture", "passive"},
            script = "node.addEventListener(type, listener, {capture: capture, passive: passive});")
    private static native void add(JSObject node, String type, EventListener<Event> listener, boolean capture,
            boolean passive);

    @JSBody(params = {"node", "type", "listener", "capture"},
            script = "node.removeEventListener(type, listener, capture);")
    private static native void removeFrom(JSObject node, String type, EventListener<Event> listener, boolean capture);
}
