package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.worker.WorkerLink;
import io.github.pekoe.internal.worker.WorkerService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * The page's answer to its workers' event bindings ({@link Op#EVENTS}): each worker opens a channel,
 * binds listeners on the page's nodes through it, removes them, and waits on it for the events they
 * caught. The listeners are the page's ({@link PageListener}); the handlers run in the worker. A channel
 * belongs to the worker that opened it and names nodes with that worker's handles; when the worker stops,
 * its channels' listeners leave their nodes.
 */
final class PageBindings implements WorkerService {
    private static @Nullable PageBindings shared;

    private final Map<Integer, EventChannel> channels = new HashMap<>();
    private int last;

    /** The page's answer, made on first use (TeaVM may inline past a class initialiser). */
    static PageBindings shared() {
        if (shared == null) {
            shared = new PageBindings();
        }
        return shared;
    }

    /** How many of its workers' bindings the page keeps listeners for. */
    int size() {
        int size = 0;
        for (EventChannel channel : channels.values()) {
            size += channel.size();
        }
        return size;
    }

    @Override
    public @Nullable Object call(WorkerLink caller, List<@Nullable Object> args) {
        int op = number(args, 0);
        switch (op) {
            case Op.OPEN_EVENTS:
                channels.put(++last, new EventChannel(caller, NodeTable.of(caller)));
                return last;
            case Op.LISTEN:
                EventChannel channel = channel(args);
                channel.listen(number(args, 2), (String) args.get(3), number(args, 4), nodes(channel.table(), args));
                return null;
            case Op.UNLISTEN:
                channel(args).unlisten(number(args, 2));
                return null;
            case Op.NEXT_EVENTS:
                return channel(args).next();
            case Op.HAS_EVENT:
                NodeOps dom = NodeOps.current();
                return Bindings.hasEvent(NodeTable.of(caller).node(number(args, 1), dom.document()),
                        (String) args.get(2));
            default:
                throw new IllegalArgumentException("no event operation " + op + " on the page: the worker's bundle"
                        + " and the page's differ");
        }
    }

    @Override
    public void stopped(WorkerLink worker) {
        List<Integer> closed = new ArrayList<>();
        for (Map.Entry<Integer, EventChannel> entry : channels.entrySet()) {
            if (entry.getValue().belongsTo(worker)) {
                entry.getValue().close();
                closed.add(entry.getKey());
            }
        }
        for (Integer id : closed) {
            channels.remove(id);
        }
    }

    private EventChannel channel(List<@Nullable Object> args) {
        EventChannel channel = channels.get(number(args, 1));
        if (channel == null) {
            throw new IllegalStateException("the page has no event channel " + args.get(1) + " for this worker");
        }
        return channel;
    }

    /** The nodes of a {@code LISTEN}, from argument 5 on, as a JavaScript array. */
    private static JSObject[] nodes(NodeTable table, List<@Nullable Object> args) {
        JSObject document = NodeOps.current().document();
        JSObject[] nodes = new JSObject[args.size() - 5];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = table.node(number(args, 5 + i), document);
        }
        return nodes;
    }

    private static int number(List<@Nullable Object> args, int index) {
        return ((Number) args.get(index)).intValue();
    }
}
