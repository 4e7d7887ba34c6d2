package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.worker.WorkerSide;
import io.github.pekoe.worker.WorkerException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The worker's calls to the page that return nothing, queued and sent in one message ({@link Op#BATCH})
 * with the next call that returns a value, before any other call to the page ({@code sync}, a
 * {@code display}), when a script or an export ends, and as soon as the worker's Java code waits for
 * anything else ({@code Thread.sleep}, a {@code fetch}, a promise, a lock): the first call queued
 * schedules a microtask, which runs only once every Java thread of the worker waits, and sends the
 * batch from a thread of its own. A new element is a pending handle until that message's answer gives
 * it the page's number. What a queued call throws on the page is thrown by the call that sent the
 * batch, or, when the microtask sent it, by the worker's next call to the page: the same
 * {@code IllegalArgumentException} or {@code IllegalStateException} with the page's message and the
 * queued call named; the calls queued after it are not run.
 *
 * <p>Every Java thread of the worker shares the batch. One send at a time waits for its answer: a
 * thread that calls or flushes meanwhile waits for its turn (queuing never waits). A handle among a
 * call's arguments is numbered when its batch is sent, so a handle made pending on one thread has its
 * page number by the time another thread's call that names it goes out.
 */
final class Batch {
    private static @Nullable Batch current;

    private boolean eachAlone;
    private boolean flushScheduled;
    private boolean sending;
    private List<AsyncCallback<Boolean>> waiting = new ArrayList<>();
    private @Nullable RuntimeException unclaimed;

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

    /** A handle among a call's arguments: numbered when its batch is sent. */
    static final class Node {
        final JSObject handle;

        Node(JSObject handle) {
            this.handle = handle;
        }
    }

    /** Runs the scheduled send, or the next turn, once the worker's Java threads all wait. */
    @JSFunctor
    interface Task extends JSObject {
        void run();
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
        if (calls.size() == 2 && !eachAlone && !flushScheduled) {
            flushScheduled = true;
            later(Batch::sendQueued);
        }
        calls.add(op);
        calls.add(args.length);
        for (Object arg : args) {
            calls.add(arg);
        }
    }

    /** Sends the queued calls and then {@code op}; returns what {@code op} returns. */
    @Nullable Object call(int op, @Nullable Object... args) {
        awaitTurn();
        claim();
        add(op, args);
        return send(true);
    }

    /** Sends the queued calls, if any; throws what an earlier send that nobody waited for failed with. */
    void flush() {
        awaitTurn();
        claim();
        if (calls.size() > 2) {
            send(false);
        }
    }

    /** The microtask's send, on a thread of its own: a failure waits for the worker's next call. */
    private static void sendQueued() {
        Batch batch = current();
        batch.flushScheduled = false;
        if (batch.calls.size() > 2) {
            HandlerThreads.runNow("the web API's calls queued before the worker waited", batch::sendUnclaimed);
        }
    }

    private void sendUnclaimed() {
        awaitTurn();
        if (calls.size() > 2 && unclaimed == null) {
            try {
                send(false);
            } catch (RuntimeException failure) {
                unclaimed = failure;
            }
        }
    }

    private void claim() {
        RuntimeException failure = unclaimed;
        if (failure != null) {
            unclaimed = null;
            throw failure;
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
        for (int i = 2; i < sent.size(); i++) {
            if (sent.get(i) instanceof Node) {
                sent.set(i, Handles.id(((Node) sent.get(i)).handle));
            }
        }
        List<?> reply;
        sending = true;
        try {
            reply = (List<?>) WorkerSide.callPage(Op.FUNCTION, sent);
        } catch (RuntimeException failure) {
            for (JSObject handle : made) {
                Handles.abandon(handle);
            }
            throw failure;
        } finally {
            passTurn();
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

    /** Waits, on the calling thread, until no other thread's batch waits for its answer. */
    private void awaitTurn() {
        while (sending) {
            nextTurn();
        }
    }

    /** Ends this send's turn: the threads that wait for theirs go on once the worker's threads all wait. */
    private void passTurn() {
        sending = false;
        if (!waiting.isEmpty()) {
            later(Batch::wake);
        }
    }

    @Async
    private static native Boolean nextTurn();

    private static void nextTurn(AsyncCallback<Boolean> callback) {
        current().waiting.add(callback);
    }

    private static void wake() {
        Batch batch = current();
        List<AsyncCallback<Boolean>> woken = batch.waiting;
        batch.waiting = new ArrayList<>();
        for (AsyncCallback<Boolean> thread : woken) {
            thread.complete(true);
        }
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

    @JSBody(params = "task", script = "queueMicrotask(task);")
    private static native void later(Task task);
}
