package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.worker.WorkerLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * One worker's event bindings on the page and the events they caught, in the order the page dispatched
 * them, until the worker takes them ({@link #next}). A binding removed, or whose {@code once} listeners
 * have all fired, is dropped with the nodes it held.
 */
final class EventChannel {
    private final WorkerLink worker;
    private final NodeTable table;
    private final Map<Integer, PageListener> listeners = new HashMap<>();
    private List<@Nullable Object> caught = new ArrayList<>();
    private @Nullable AsyncCallback<List<@Nullable Object>> waiter;

    EventChannel(WorkerLink worker, NodeTable table) {
        this.worker = worker;
        this.table = table;
    }

    /** Binds the worker's binding {@code id} to {@code type} events of {@code nodes}, with the flags of {@link Op}. */
    void listen(int id, String type, int flags, JSObject[] nodes) {
        listeners.put(id, new PageListener(this, id, type, flags, nodes));
    }

    /** Removes the binding {@code id} from its nodes; the events it caught and the worker has not taken stay. */
    void unlisten(int id) {
        PageListener listener = listeners.remove(id);
        if (listener != null) {
            listener.remove();
        }
        wakeLater();
    }

    /** Drops the binding {@code id}, whose listeners have all left their nodes. */
    void finished(int id) {
        listeners.remove(id);
    }

    /** How many bindings the channel keeps listeners for. */
    int size() {
        return listeners.size();
    }

    /** The page's table of handles, for the nodes an event names. */
    NodeTable table() {
        return table;
    }

    /** Tells whether the channel belongs to {@code owner}. */
    boolean belongsTo(WorkerLink owner) {
        return worker == owner;
    }

    /**
     * Removes every binding from its nodes and drops what the channel holds: its worker has stopped
     * (terminated, or it could not run), and no worker will take it.
     */
    void close() {
        for (PageListener listener : listeners.values()) {
            listener.remove();
        }
        listeners.clear();
        caught.clear();
        wakeLater();
    }

    /** Keeps the copy of an event the binding {@code id} caught, and hands it to a waiting worker. */
    void caught(int id, Object copy) {
        caught.add(id);
        caught.add(copy);
        wake();
    }

    /**
     * The events caught since the last call (the binding's number and the event's copy, each), waiting
     * for one; null, at once, when nothing is caught and no binding is left.
     */
    @Nullable List<@Nullable Object> next() {
        return await(this);
    }

    /**
     * Wakes a waiting worker from the browser's event loop: a call that arrives on a Java thread (the
     * worker's removal of a binding, a page script that stops the worker) must not resume another
     * thread from inside it.
     */
    private void wakeLater() {
        Window.setTimeout(this::wake, 0);
    }

    private void wake() {
        AsyncCallback<List<@Nullable Object>> woken = waiter;
        if (woken != null && (!caught.isEmpty() || listeners.isEmpty())) {
            waiter = null;
            woken.complete(take());
        }
    }

    private @Nullable List<@Nullable Object> take() {
        if (caught.isEmpty()) {
            return null;
        }
        List<@Nullable Object> taken = caught;
        caught = new ArrayList<>();
        return taken;
    }

    @Async
    private static native List<@Nullable Object> await(EventChannel channel);

    private static void await(EventChannel channel, AsyncCallback<List<@Nullable Object>> callback) {
        if (!channel.caught.isEmpty() || channel.listeners.isEmpty()) {
            callback.complete(channel.take());
        } else {
            channel.waiter = callback;
        }
    }
}
