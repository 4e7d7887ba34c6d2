package io.github.pekoe.worker;

import io.github.pekoe.EventHandler;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.worker.Calls;
import io.github.pekoe.internal.worker.WorkerHost;
import io.github.pekoe.internal.worker.WorkerLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Java script running in a Web Worker, seen from the page (PyScript's {@code PyWorker} and the
 * value of {@code workers[name]}). Start one with {@link #start(String, WorkerOptions)} or a
 * {@code <script type="java" src="NAME" worker name="calc">} element; find a named one with
 * {@code Pekoe.workers("calc")}.
 *
 * <pre>{@code
 * JavaWorker calc = workers("calc");                 // waits until its script has finished
 * long sum = (Long) calc.call("add", 1, 2);          // blocks this Java thread until the answer
 * calc.call("slow", List.of(40), result -> display(result), failure -> display(failure.getMessage()));
 * calc.sync("progress", args -> { display(args.get(0)); return null; });
 * }</pre>
 *
 * <p>Workers need no SharedArrayBuffer and no special headers: a plain static server and a strict
 * {@code script-src 'self'} policy suffice, because both sides wait for messages on Java threads.
 */
public final class JavaWorker {
    /** How long {@link #ready()} and {@code workers(name)} wait by default, in milliseconds. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 10_000;

    private final WorkerLink link;

    private JavaWorker(WorkerLink link) {
        this.link = link;
    }

    /**
     * The worker named {@code name}, once its script has finished (PyScript's {@code workers[name]}),
     * waiting at most {@code timeoutMillis} (0: no limit) for it to start and finish.
     *
     * @throws WorkerException if it is not ready in time, or stopped
     */
    public static JavaWorker named(String name, int timeoutMillis) {
        return new JavaWorker(WorkerHost.named(name, timeoutMillis));
    }

    /**
     * Starts a worker that runs the registered script {@code script} from the page's bundle.
     *
     * @throws WorkerException if the browser refuses the worker
     */
    public static JavaWorker start(String script) {
        return start(script, new WorkerOptions());
    }

    /**
     * Starts a worker that runs the registered script {@code script} with {@code options} (a name
     * for {@code workers(name)}, another bundle, its own config).
     *
     * @throws IllegalArgumentException if the name is taken or the script name empty
     * @throws WorkerException if the browser refuses the worker
     */
    public static JavaWorker start(String script, WorkerOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("JavaWorker.start(\"" + script + "\", null): options must not be null");
        }
        return new JavaWorker(WorkerHost.start(script, options));
    }

    /** The worker's name, or null. */
    public @Nullable String name() {
        return link.name();
    }

    /** The script the worker runs. */
    public String script() {
        return link.script();
    }

    /** Whether the worker's script has finished, so its exports can be called. */
    public boolean isReady() {
        return link.isReady();
    }

    /**
     * Waits until the worker's script has finished, at most {@link #DEFAULT_TIMEOUT_MILLIS}.
     *
     * @throws WorkerException if it does not in time, or the worker stopped
     */
    public JavaWorker ready() {
        return ready(DEFAULT_TIMEOUT_MILLIS);
    }

    /**
     * Waits until the worker's script has finished, at most {@code timeoutMillis} (0: no limit).
     *
     * @throws WorkerException if it does not in time, or the worker stopped
     */
    public JavaWorker ready(int timeoutMillis) {
        WorkerHost.awaitReady(link, timeoutMillis);
        return this;
    }

    /**
     * Calls the worker's export {@code export} with {@code args} and returns its result, blocking the
     * calling Java thread until it comes. Arguments and results: null, Boolean, numbers, String, List,
     * Map and byte[] (moved, not copied); whole numbers come back as {@code Long}, others as
     * {@code Double}.
     *
     * @throws WorkerException if the export does not exist, throws (its exception and stack are in the
     *     message and the cause), a value cannot cross, or the worker stops
     */
    public @Nullable Object call(String export, @Nullable Object... args) {
        checkName(export);
        return link.call(export, list(args));
    }

    /**
     * Calls the worker's export and returns at once; {@code onResult} or {@code onFailure} runs later,
     * on a Java thread of its own as handlers do.
     *
     * @throws IllegalArgumentException if the name or a callback is missing
     */
    public void call(String export, List<?> args, EventHandler<@Nullable Object> onResult,
            EventHandler<WorkerException> onFailure) {
        checkName(export);
        if (args == null || onResult == null || onFailure == null) {
            throw new IllegalArgumentException("call(\"" + export + "\", args, onResult, onFailure): none may be null");
        }
        String where = link.label() + ": call(\"" + export + "\")";
        link.call(export, new ArrayList<>(args), new Calls.Waiter() {
            @Override
            public void returned(@Nullable Object value) {
                HandlerThreads.runNow(where, () -> onResult.handle(value));
            }

            @Override
            public void failed(WorkerException failure) {
                HandlerThreads.runNow(where, () -> onFailure.handle(failure));
            }
        });
    }

    /**
     * Offers the worker the main-thread function {@code function} under {@code name}, for its
     * {@code sync(name, args...)} (PyScript's {@code worker.sync.name = function}); it runs on a Java
     * thread of its own, so it may block.
     *
     * @throws IllegalArgumentException if the name is empty or the function null
     */
    public JavaWorker sync(String name, WorkerFunction function) {
        checkName(name);
        if (function == null) {
            throw new IllegalArgumentException("sync(\"" + name + "\", null): the function is null");
        }
        link.sync(name, function);
        return this;
    }

    /** Stops the worker at once; waiting and later calls throw a {@link WorkerException} naming it. */
    public void terminate() {
        link.terminate();
    }

    /** The worker as messages name it. */
    @Override
    public String toString() {
        return link.label();
    }

    private static void checkName(String name) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("a function name must not be empty");
        }
    }

    private static List<@Nullable Object> list(@Nullable Object @Nullable [] args) {
        return args == null ? new ArrayList<>(Arrays.asList((Object) null)) : new ArrayList<>(Arrays.asList(args));
    }
}
