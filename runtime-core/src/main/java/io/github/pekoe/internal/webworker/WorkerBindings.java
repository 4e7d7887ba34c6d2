package io.github.pekoe.internal.webworker;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.event.RemoteBindings;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.worker.WorkerSide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * A worker's event bindings: {@code when(...)} and {@code on(...)} bind a listener on the page's nodes
 * ({@link PageBindings}), and the events it catches come back, in the order the page dispatched them,
 * to one Java thread of the worker that runs their handlers one after another. What a handler throws is
 * reported on the page, naming the worker, the binding and the element; the handler runs again on the
 * next event. The thread waits for events only while the worker has bindings.
 */
final class WorkerBindings implements RemoteBindings {
    private final Map<Integer, Bound> bound = new HashMap<>();
    private int channel;
    private int last;
    private boolean pumping;

    /** One binding, as the worker keeps it. */
    private static final class Bound {
        final EventHandler<Event> handler;
        final String binding;
        final boolean once;
        int nodes;

        Bound(EventHandler<Event> handler, String binding, boolean once, int nodes) {
            this.handler = handler;
            this.binding = binding;
            this.once = once;
            this.nodes = nodes;
        }
    }

    @Override
    public Binding bind(String type, Object target, WhenOptions options, EventHandler<Event> handler, String binding) {
        List<JSObject> nodes = new ArrayList<>();
        resolve(target, nodes, binding);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(binding + ": the target matches no element");
        }
        RemoteNodes.flush();
        int id = ++last;
        List<@Nullable Object> call = new ArrayList<>();
        call.add(Op.LISTEN);
        call.add(channel());
        call.add(id);
        call.add(type);
        call.add(flags(options));
        for (JSObject node : nodes) {
            call.add(Handles.id(node));
        }
        bound.put(id, new Bound(handler, binding, options.isOnce(), nodes.size()));
        try {
            WorkerSide.callPage(Op.EVENTS, call);
        } catch (RuntimeException failure) {
            bound.remove(id);
            throw failure;
        }
        if (!pumping) {
            pumping = true;
            HandlerThreads.runNow("the worker's event bindings", this::pump);
        }
        return () -> {
            if (bound.remove(id) != null) {
                WorkerSide.callPage(Op.EVENTS, list(Op.UNLISTEN, channel, id));
            }
        };
    }

    @Override
    public boolean hasEvent(JSObject node, String type) {
        if (Handles.isPending(node)) {
            RemoteNodes.flush();
        }
        return Boolean.TRUE.equals(WorkerSide.callPage(Op.EVENTS, list(Op.HAS_EVENT, Handles.id(node), type)));
    }

    /** Adds the handles {@code target} stands for: a CSS selector (matched on the page now), an element, or a collection of them. */
    private static void resolve(Object target, List<JSObject> nodes, String binding) {
        if (target instanceof String) {
            String selector = ((String) target).trim();
            if (selector.isEmpty()) {
                throw new IllegalArgumentException(binding + ": the selector is empty");
            }
            NodeOps ops = NodeOps.current();
            JSObject found = ops.queryAll(ops.document(), selector);
            if (found == null) {
                throw new IllegalArgumentException(binding + ": '" + selector + "' is not a valid CSS selector");
            }
            for (int i = 0; i < ArrayLike.length(found); i++) {
                nodes.add(ArrayLike.item(found, i));
            }
        } else if (target instanceof NodeHolder) {
            nodes.add((JSObject) ((NodeHolder) target).dom());
        } else if (target instanceof Iterable) {
            for (Object item : (Iterable<?>) target) {
                resolve(item, nodes, binding);
            }
        } else if (target instanceof JSObject && Handles.isHandle((JSObject) target)) {
            nodes.add((JSObject) target);
        } else {
            throw new IllegalArgumentException(binding + ": in a worker, the target must be a CSS selector, an"
                    + " element or a collection of elements, not " + (target == null ? "null"
                    : target.getClass().getName()));
        }
    }

    private static int flags(WhenOptions options) {
        return (options.isCapture() ? Op.CAPTURE : 0) | (options.isPassive() ? Op.PASSIVE : 0)
                | (options.isOnce() ? Op.ONCE : 0) | (options.isPreventDefault() ? Op.PREVENT_DEFAULT : 0)
                | (options.isStopPropagation() ? Op.STOP_PROPAGATION : 0);
    }

    /** The worker's channel on the page, opened on first use. */
    private int channel() {
        if (channel == 0) {
            channel = ((Number) WorkerSide.callPage(Op.EVENTS, list(Op.OPEN_EVENTS))).intValue();
        }
        return channel;
    }

    /** Takes the page's events and runs their handlers, in order, while the worker has bindings. */
    private void pump() {
        try {
            while (!bound.isEmpty()) {
                List<?> events = (List<?>) WorkerSide.callPage(Op.EVENTS, list(Op.NEXT_EVENTS, channel));
                for (int i = 0; events != null && i + 1 < events.size(); i += 2) {
                    @SuppressWarnings("unchecked")
                    Map<String, @Nullable Object> copy = (Map<String, @Nullable Object>) events.get(i + 1);
                    deliver(((Number) events.get(i)).intValue(), copy);
                }
            }
        } finally {
            pumping = false;
        }
    }

    /** Runs the handler of the binding {@code id} with the event {@code copy}; reports what it throws. */
    private void deliver(int id, Map<String, @Nullable Object> copy) {
        Bound binding = bound.get(id);
        if (binding == null) {
            return;
        }
        if (binding.once && --binding.nodes == 0) {
            bound.remove(id);
        }
        String where = binding.binding + " on " + copy.get("where");
        try {
            binding.handler.handle(WorkerEvent.of(copy));
        } catch (Throwable failure) {
            ErrorReport.report(where, failure);
        }
        try {
            RemoteNodes.flush();
        } catch (Throwable failure) {
            ErrorReport.report(where, failure);
        }
    }

    private static List<@Nullable Object> list(@Nullable Object... values) {
        List<@Nullable Object> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(value);
        }
        return list;
    }
}
