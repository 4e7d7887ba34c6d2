package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.worker.WorkerSide;
import io.github.pekoe.worker.WorkerException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The worker's calls to the page that return nothing, queued and sent in one message ({@link Op#BATCH})
 * with the next call that returns a value, before any other call to the page ({@code sync}, a
 * {@code display}) and when a script or an export ends. A new element is a pending handle until that
 * message's answer gives it the page's number. What a queued call throws on the page is thrown by the
 * call that sent the batch: the same {@code IllegalArgumentException} or {@code IllegalStateException}
 * with the page's message and the queued call named; the calls queued after it are not run.
 */
final class Batch {
    private static @Nullable Batch current;

    private boolean eachAlone;

    private List<@Nullable Object> calls = fresh();
    private List<JSObject> created = new ArrayList<>();

    private Batch() {
    }

    /** The worker's batch, made on first use. */
    static Batch current() {
        if (current == null) {
            current = new Batch();
        }
        return current;
    }

    /** Sends each call as soon as it is made ({@code true}) or queues those that return nothing. */
    void eachAlone(boolean alone) {
        eachAlone = alone;
        flush();
    }

    /** Queues the call {@code op} with {@code args}. */
    void queue(int op, @Nullable Object... args) {
        add(op, args);
        if (eachAlone) {
            flush();
        }
    }

    /** Queues the making of an element named {@code tag} and returns its pending handle. */
    HTMLElement create(String tag) {
        HTMLElement handle = Handles.pending(-(created.size() + 1), tag);
        created.add(handle);
        queue(Op.CREATE, tag);
        return handle;
    }

    private void add(int op, @Nullable Object... args) {
        calls.add(op);
        calls.add(args.length);
        for (Object arg : args) {
            calls.add(arg);
        }
    }

    /** Sends the queued calls and then {@code op}; returns what {@code op} returns. */
    @Nullable Object call(int op, @Nullable Object... args) {
        add(op, args);
        return send(true);
    }

    /** Sends the queued calls, if any. */
    void flush() {
        if (calls.size() > 1) {
            send(false);
        }
    }

    /**
     * Sends the batch and waits for its answer: [value, failure's class, message, the failed queued
     * call (0 for the last call, which was not queued), the new elements' (number, hash)...]. When the
     * message itself fails, or the page stopped before making an element, its handle stands for nothing.
     */
    private @Nullable Object send(boolean last) {
        List<@Nullable Object> sent = calls;
        List<JSObject> made = created;
        calls = fresh();
        created = new ArrayList<>();
        sent.set(1, last);
        List<?> reply;
        try {
            reply = (List<?>) WorkerSide.callPage(Op.FUNCTION, sent);
        } catch (RuntimeException failure) {
            for (JSObject handle : made) {
                Handles.abandon(handle);
            }
            throw failure;
        }
        int settled = (reply.size() - 4) / 2;
        for (int i = 0; i < made.size(); i++) {
            if (i < settled) {
                Handles.settle(made.get(i), number(reply, 4 + 2 * i), number(reply, 5 + 2 * i));
            } else {
                Handles.abandon(made.get(i));
            }
        }
        if (reply.get(1) != null) {
            throw failure((String) reply.get(1), (String) reply.get(2), number(reply, 3));
        }
        return reply.get(0);
    }

    /** What the page threw, as the worker throws it. */
    private static RuntimeException failure(String type, String message, int op) {
        String told = op == 0 ? message : message + " (on the page, from " + Op.name(op)
                + ", queued and run at the worker's next call that waits for the page)";
        if ("java.lang.IllegalArgumentException".equals(type)) {
            return new IllegalArgumentException(told);
        }
        if ("java.lang.IllegalStateException".equals(type)) {
            return new IllegalStateException(told);
        }
        return new WorkerException(type + ": " + told);
    }

    private static List<@Nullable Object> fresh() {
        List<@Nullable Object> calls = new ArrayList<>();
        calls.add(Op.BATCH);
        calls.add(false);
        return calls;
    }

    private static int number(List<?> reply, int index) {
        return ((Number) reply.get(index)).intValue();
    }
}
