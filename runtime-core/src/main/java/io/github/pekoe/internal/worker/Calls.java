package io.github.pekoe.internal.worker;

import io.github.pekoe.internal.error.StackText;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.worker.WorkerException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;

/**
 * The calls one side has sent and not yet had answered: each waits, by id, for its {@code reply}
 * message, blocking a Java thread or calling back, with an optional time limit. Failing them all at
 * once ends the calls to a terminated worker.
 */
public final class Calls {
    private final Map<Integer, Waiter> waiting = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private int nextId;
    private @Nullable String closed;

    /** Receives the outcome of one call. */
    public interface Waiter {
        /** The call returned {@code value}. */
        void returned(@Nullable Object value);

        /** The call failed. */
        void failed(WorkerException failure);
    }

    /**
     * Sends a call of {@code name} with {@code args} to {@code port} and returns what it returns,
     * blocking the calling Java thread; {@code what} names the call in messages, and
     * {@code timeoutMillis} 0 waits without limit.
     *
     * @throws WorkerException if the call fails, the time runs out, or no answer can come
     */
    @Nullable Object call(JSObject port, String what, String name, List<@Nullable Object> args, int timeoutMillis) {
        Object[] outcome = await(this, port, what, name, args, timeoutMillis);
        if (outcome[1] != null) {
            WorkerException failure = (WorkerException) outcome[1];
            throw new WorkerException(failure.getMessage(), failure.getCause());
        }
        return outcome[0];
    }

    /** Sends a call and hands its outcome to {@code waiter} later; never blocks. */
    void call(JSObject port, String what, String name, List<@Nullable Object> args, int timeoutMillis, Waiter waiter) {
        if (closed != null) {
            waiter.failed(new WorkerException(what + ": " + closed));
            return;
        }
        JSObject message = Wire.withValues(Wire.message(Wire.CALL), "args", args);
        int id = ++nextId;
        JsProperties.setNumber(message, "id", id);
        JsProperties.setString(message, "name", name);
        waiting.put(id, waiter);
        names.put(id, what);
        if (timeoutMillis > 0) {
            later(() -> {
                names.remove(id);
                Waiter late = waiting.remove(id);
                if (late != null) {
                    late.failed(new WorkerException(what + ": no answer within " + timeoutMillis + " ms"));
                }
            }, timeoutMillis);
        }
        Wire.send(port, message);
    }

    @Async
    private static native Object[] await(Calls calls, JSObject port, String what, String name,
            List<@Nullable Object> args, int timeoutMillis);

    private static void await(Calls calls, JSObject port, String what, String name, List<@Nullable Object> args,
            int timeoutMillis, AsyncCallback<Object[]> callback) {
        try {
            calls.call(port, what, name, args, timeoutMillis, new Waiter() {
                @Override
                public void returned(@Nullable Object value) {
                    callback.complete(new Object[] {value, null});
                }

                @Override
                public void failed(WorkerException failure) {
                    callback.complete(new Object[] {null, failure});
                }
            });
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    /** Settles the call a {@code reply} message answers; replies to unknown ids (timed out) are dropped. */
    void settle(JSObject reply) {
        int id = (int) JsProperties.getNumber(reply, "id");
        Waiter waiter = waiting.remove(id);
        String what = names.remove(id);
        if (waiter == null) {
            return;
        }
        String error = JsProperties.getString(reply, "error");
        if (error == null) {
            List<@Nullable Object> value = Wire.values(reply, "value");
            waiter.returned(value.isEmpty() ? null : value.get(0));
        } else {
            String stack = JsProperties.getString(reply, "stack");
            String type = JsProperties.getString(reply, "type");
            String message = JsProperties.getString(reply, "message");
            waiter.failed(new WorkerException(what + " failed: " + error,
                    new RemoteFailure(stack == null ? error : stack, type == null ? "" : type,
                            message == null ? "" : message)));
        }
    }

    /** Fails every waiting call, and every later one, with {@code reason}. */
    void close(String reason) {
        closed = reason;
        Map<Integer, Waiter> failing = new HashMap<>(waiting);
        Map<Integer, String> failingNames = new HashMap<>(names);
        waiting.clear();
        names.clear();
        for (Map.Entry<Integer, Waiter> entry : failing.entrySet()) {
            entry.getValue().failed(new WorkerException(failingNames.get(entry.getKey()) + ": " + reason));
        }
    }

    /** Answers the call {@code request} with {@code value}, or with {@code failure}. */
    static void reply(JSObject port, JSObject request, @Nullable Object value, @Nullable Throwable failure) {
        JSObject reply = Wire.message(Wire.REPLY);
        JsProperties.setNumber(reply, "id", JsProperties.getNumber(request, "id"));
        if (failure == null) {
            try {
                Wire.withValues(reply, "value", Collections.singletonList(value));
            } catch (WorkerException e) {
                failure = e;
            }
        }
        if (failure != null) {
            JsProperties.setString(reply, "error", String.valueOf(failure));
            JsProperties.setString(reply, "type", failure.getClass().getName());
            JsProperties.setString(reply, "message", String.valueOf(failure.getMessage()));
            JsProperties.setString(reply, "stack", StackText.of(failure));
            JsProperties.set(reply, "value", null);
        }
        Wire.send(port, reply);
    }

    /** Runs {@code timer} once after {@code millis}, in the page or a worker. */
    static void later(TimerHandler timer, int millis) {
        Window.setTimeout(timer, millis);
    }
}
