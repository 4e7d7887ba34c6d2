package io.github.pekoe.internal.worker;

import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsonText;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.internal.lifecycle.Lifecycle;
import io.github.pekoe.internal.scan.ScriptTag;
import io.github.pekoe.worker.WorkerException;
import io.github.pekoe.worker.WorkerFunction;
import io.github.pekoe.worker.WorkerOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's side of its workers: starts them (for {@code worker} script elements and from Java),
 * finds them by name, waits for them, and keeps the main-thread functions every worker may
 * {@code sync} with and Pekoe's own {@link WorkerService}s.
 */
public final class WorkerHost {
    private static int nextId;
    private static @Nullable State state;

    private WorkerHost() {
    }

    /**
     * Starts a worker running {@code script} from Java (PyScript's {@code PyWorker}).
     *
     * @throws WorkerException if the name is taken, or the browser refuses the worker
     */
    public static WorkerLink start(String script, WorkerOptions options) {
        WorkerSupport.enable();
        if (script == null || script.trim().isEmpty()) {
            throw new IllegalArgumentException("JavaWorker.start: the script name is empty");
        }
        Map<String, ?> config = options.config();
        return launch(script.trim(), options.name(), options.bundle(), null, null,
                config != null ? JsonText.stringify(config) : null);
    }

    /** Why the worker a {@code worker} script element asks for cannot start, or null. */
    static @Nullable String problem(ScriptTag tag) {
        String worker = tag.element().getAttribute("worker");
        if (worker != null && !worker.trim().isEmpty()) {
            return tag.describe() + " has worker=\"" + worker + "\": the worker attribute takes no value (name the"
                    + " script with src=\"NAME\" and another bundle with bundle=\"URL\")";
        }
        String name = nameOf(tag.element());
        WorkerLink same = name == null ? null : state().named.get(name);
        if (same != null && same.stopped() == null) {
            return tag.describe() + " names its worker '" + name + "', but a worker named '" + name
                    + "' is already running";
        }
        return null;
    }

    /**
     * Starts the worker a {@code worker} script element asks for, between its {@code java:ready}
     * and, once its script has finished, its {@code java:done}; a browser that refuses the worker is a
     * banner, and the element gets its {@code java:done} at once.
     */
    static void start(ScriptTag tag) {
        HTMLElement element = tag.element();
        String id = element.getId();
        if (id == null || id.isEmpty()) {
            id = "java-w" + nextId++;
            element.setId(id);
        }
        String outputId = tag.isScriptElement() ? id + "-target" : id;
        try {
            state().fromElements.add(launch(tag.name(), nameOf(element), element.getAttribute("bundle"), element,
                    outputId, null));
        } catch (RuntimeException e) {
            Lifecycle.ready(element);
            ErrorReport.report(e.getMessage());
            Lifecycle.done(element);
        }
    }

    private static @Nullable String nameOf(HTMLElement element) {
        String name = element.getAttribute("name");
        return name == null || name.trim().isEmpty() ? null : name.trim();
    }

    private static WorkerLink launch(String script, @Nullable String name, @Nullable String bundle,
            @Nullable HTMLElement element, @Nullable String outputId, @Nullable String configJson) {
        WorkerLink same = name == null ? null : state().named.get(name);
        if (same != null && same.stopped() == null) {
            throw new IllegalArgumentException("a worker named '" + name + "' is already running");
        }
        String url = bundle != null && !bundle.trim().isEmpty() ? bundle.trim() : WorkerSupport.bundleUrl();
        if (url == null) {
            throw new WorkerException("cannot start a worker for '" + script + "': the bundle's URL is unknown"
                    + " (name one with bundle=\"URL\" or new WorkerOptions().bundle(url))");
        }
        JSObject worker = Wire.create(TrustedValues.scriptUrl(url));
        if (JsPrimitives.isString(worker)) {
            throw new WorkerException("the browser refused a worker for '" + script + "' from " + url + ": "
                    + JsPrimitives.string(worker));
        }
        WorkerLink link = new WorkerLink(worker, script, name, element, outputId);
        if (element != null) {
            Lifecycle.ready(element);
        }
        link.start(configJson != null ? configJson : PageConfig.jsonText(), configJson != null ? null : ConfigFiles.configUrl(),
                baseUrl());
        if (name != null) {
            state().named.put(name, link);
            List<Runnable> waiters = state().nameWaiters.remove(name);
            if (waiters != null) {
                for (Runnable waiter : waiters) {
                    link.whenSettled(waiter);
                }
            }
        }
        return link;
    }

    /**
     * The worker named {@code name} once it is ready, waiting for it to start and to finish its
     * script (PyScript's {@code workers[name]}); {@code timeoutMillis} 0 waits without limit.
     *
     * @throws WorkerException if it does not get ready in time, or stopped
     */
    public static WorkerLink named(String name, int timeoutMillis) {
        WorkerSupport.enable();
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("workers(name): the name is empty");
        }
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("workers(\"" + name + "\", " + timeoutMillis
                    + "): the time limit must be 0 (none) or more");
        }
        if (!awaitNamed(name, timeoutMillis)) {
            throw new WorkerException("worker '" + name + "' was not ready within " + timeoutMillis + " ms: is there"
                    + " a <script type=\"java\" worker name=\"" + name + "\"> or a JavaWorker.start(...) with that"
                    + " name, and does its script finish?");
        }
        WorkerLink link = state().named.get(name);
        if (link.stopped() != null) {
            throw new WorkerException("worker '" + name + "' is not running: " + link.stopped());
        }
        return link;
    }

    /**
     * Waits for {@code link} to be ready; {@code timeoutMillis} 0 waits without limit.
     *
     * @throws WorkerException if it does not get ready in time, or stopped
     */
    public static void awaitReady(WorkerLink link, int timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("ready(" + timeoutMillis + "): the time limit must be 0 (none) or more");
        }
        if (!awaitSettled(link, timeoutMillis)) {
            throw new WorkerException(link.label() + " was not ready within " + timeoutMillis
                    + " ms: does its script finish?");
        }
        if (link.stopped() != null) {
            throw new WorkerException(link.label() + " is not running: " + link.stopped());
        }
    }

    /** Dispatches {@code java:all-done} once every worker started by a script element has finished its script or stopped. */
    static void allDoneAfterElementWorkers() {
        List<WorkerLink> links = new ArrayList<>(state().fromElements);
        int[] waiting = {links.size()};
        if (links.isEmpty()) {
            Lifecycle.allDone();
        }
        for (WorkerLink link : links) {
            link.whenSettled(() -> {
                if (--waiting[0] == 0) {
                    Lifecycle.allDone();
                }
            });
        }
    }

    /** Offers every worker the main-thread function {@code function} under {@code name}. */
    public static void registerSync(String name, WorkerFunction function) {
        WorkerSupport.enable();
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("registerSync: the name is empty");
        }
        if (function == null) {
            throw new IllegalArgumentException("registerSync(\"" + name + "\", ...): the function is null");
        }
        state().globalSyncs.put(name, function);
    }

    /** Offers every worker Pekoe's own function {@code service} under {@code name}. */
    public static void registerService(String name, WorkerService service) {
        WorkerSupport.enable();
        state().services.put(name, service);
    }

    static @Nullable WorkerService service(String name) {
        return state().services.get(name);
    }

    /** Finds the page's node a worker's handle number stands for. */
    public interface NodeFinder {
        /**
         * The node {@code worker}'s handle {@code number} stands for.
         *
         * @throws IllegalStateException if the page keeps no node under it
         */
        JSObject node(WorkerLink worker, int number);
    }

    /** Lets workers name the page's nodes by their handle numbers, in a {@code display()}. */
    public static void nodeFinder(NodeFinder finder) {
        state().nodeFinder = finder;
    }

    /**
     * The page's node {@code worker}'s handle {@code number} stands for.
     *
     * @throws IllegalStateException if the web API is not on in workers, or the page keeps no such node
     */
    static JSObject node(WorkerLink worker, int number) {
        NodeFinder finder = state().nodeFinder;
        if (finder == null) {
            throw new IllegalStateException(worker.label() + " names a page node, but the page's bundle does not"
                    + " answer the web API in workers");
        }
        return finder.node(worker, number);
    }

    /** Tells the services that {@code link} stopped. */
    static void stopped(WorkerLink link) {
        for (WorkerService service : state().services.values()) {
            service.stopped(link);
        }
    }

    static @Nullable WorkerFunction globalSync(String name) {
        return state().globalSyncs.get(name);
    }

    /** The names a worker may sync with: its own and the global ones, for messages. */
    static String syncNames(Map<String, WorkerFunction> own) {
        List<String> names = new ArrayList<>(own.keySet());
        for (String name : state().globalSyncs.keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    @Async
    private static native Boolean awaitSettled(WorkerLink link, int timeoutMillis);

    private static void awaitSettled(WorkerLink link, int timeoutMillis, AsyncCallback<Boolean> callback) {
        Once once = new Once(callback);
        if (timeoutMillis > 0) {
            Calls.later(() -> once.complete(false), timeoutMillis);
        }
        link.whenSettled(() -> once.complete(true));
    }

    @Async
    private static native Boolean awaitNamed(String name, int timeoutMillis);

    private static void awaitNamed(String name, int timeoutMillis, AsyncCallback<Boolean> callback) {
        Once once = new Once(callback);
        if (timeoutMillis > 0) {
            Calls.later(() -> once.complete(false), timeoutMillis);
        }
        WorkerLink link = state().named.get(name);
        if (link != null) {
            link.whenSettled(() -> once.complete(true));
        } else {
            state().nameWaiters.computeIfAbsent(name, n -> new ArrayList<>()).add(() -> once.complete(true));
        }
    }

    /** The host's tables, made on first use (TeaVM may inline past a class initialiser). */
    private static State state() {
        if (state == null) {
            state = new State();
        }
        return state;
    }

    /** The workers by name and by element, the waiters for names, and the global sync functions. */
    private static final class State {
        final Map<String, WorkerLink> named = new HashMap<>();
        final List<WorkerLink> fromElements = new ArrayList<>();
        final Map<String, List<Runnable>> nameWaiters = new HashMap<>();
        final Map<String, WorkerFunction> globalSyncs = new LinkedHashMap<>();
        final Map<String, WorkerService> services = new HashMap<>();
        @Nullable NodeFinder nodeFinder;
    }

    /** Completes a callback once: the first of "settled" and "timed out" wins. */
    private static final class Once {
        private final AsyncCallback<Boolean> callback;
        private boolean done;

        Once(AsyncCallback<Boolean> callback) {
            this.callback = callback;
        }

        void complete(boolean settled) {
            if (!done) {
                done = true;
                callback.complete(settled);
            }
        }
    }

    @JSBody(script = "return document.baseURI;")
    private static native String baseUrl();
}
