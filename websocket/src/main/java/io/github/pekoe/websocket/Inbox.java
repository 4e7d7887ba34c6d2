package io.github.pekoe.websocket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.browser.Window;

/**
 * What the blocking methods of {@link WebSocket} wait on: the messages no handler took, and the Java
 * threads waiting for the socket to change (open, a message, close).
 */
final class Inbox {
    private static final String NOT_ON_A_THREAD = "this WebSocket call waits, and this code cannot wait: it runs"
            + " outside a Java thread (in a DOM event listener or a callback). Call it from a script, a handler,"
            + " or a thread you start: new Thread(() -> ...).start()";

    private final ArrayDeque<WebSocketMessage> messages = new ArrayDeque<>();
    private List<Runnable> waiters = new ArrayList<>();

    /** Keeps a message for {@link #poll()}, and wakes the waiting threads. */
    void add(WebSocketMessage message) {
        messages.add(message);
        wake();
    }

    /** The oldest kept message, or null when none is kept. */
    WebSocketMessage poll() {
        return messages.poll();
    }

    /** Tells whether no message is kept. */
    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Wakes every waiting thread; called from the socket's listeners, outside Java threads. */
    void wake() {
        List<Runnable> woken = waiters;
        waiters = new ArrayList<>();
        for (Runnable waiter : woken) {
            waiter.run();
        }
    }

    /**
     * Blocks the calling Java thread until the next {@link #wake()} or until {@code millis} (at least
     * 1) pass. Returns false when the time ran out.
     *
     * @throws IllegalStateException when the caller is not on a Java thread
     */
    boolean await(long millis) {
        try {
            return waitFor(this, (int) Math.max(1, Math.min(millis, Integer.MAX_VALUE)));
        } catch (RuntimeException e) {
            throw new IllegalStateException(NOT_ON_A_THREAD, e);
        }
    }

    @Async
    private static native Boolean waitFor(Inbox inbox, int millis);

    private static void waitFor(Inbox inbox, int millis, AsyncCallback<Boolean> callback) {
        try {
            Runnable waiter = () -> callback.complete(Boolean.TRUE);
            inbox.waiters.add(waiter);
            Window.setTimeout(() -> {
                if (inbox.waiters.remove(waiter)) {
                    callback.complete(Boolean.FALSE);
                }
            }, millis);
        } catch (Throwable e) {
            callback.error(e);
        }
    }
}
