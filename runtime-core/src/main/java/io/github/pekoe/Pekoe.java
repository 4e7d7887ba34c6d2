package io.github.pekoe;

import io.github.pekoe.bundle.JavaBundle;
import io.github.pekoe.display.DisplayOptions;
import io.github.pekoe.display.Html;
import io.github.pekoe.fetch.Fetch;
import io.github.pekoe.fetch.FetchOptions;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.display.Display;
import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.modules.ConfigModules;
import io.github.pekoe.internal.modules.JsImports;
import io.github.pekoe.internal.scan.CurrentScript;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.worker.WorkerHost;
import io.github.pekoe.internal.worker.WorkerSide;
import io.github.pekoe.web.ElementEvent;
import io.github.pekoe.worker.JavaWorker;
import io.github.pekoe.worker.WorkerException;
import io.github.pekoe.worker.WorkerFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * PyScript's built-ins for Java scripts. Use it with {@code import static io.github.pekoe.Pekoe.*;}.
 *
 * <pre>{@code
 * @Script("greeter")
 * public class Greeter {
 *     public static void main(String[] args) {
 *         display("Hello from Java!");
 *         display(HTML("<b>bold</b>"));
 *     }
 * }
 * }</pre>
 */
public final class Pekoe {
    /**
     * True when the code runs in a web worker, false on the page's main thread. Computed when the
     * bundle starts (PyScript's test: the global scope has no {@code document}), so it is never
     * copied into callers as a constant.
     */
    public static final boolean RUNNING_IN_WORKER = inWorker();

    private Pekoe() {
    }

    /**
     * Shows each value in the current script's output element, each in its own {@code <div>}:
     * strings escaped, {@link #HTML} raw, representation objects as they ask, DOM nodes and
     * elements inserted (an {@code ElementCollection}: all its members), anything else as its
     * escaped {@code toString()}. Blank text adds nothing.
     *
     * @throws IllegalStateException if no Java script is running to give a target
     */
    public static void display(@Nullable Object... values) {
        Display.show(new DisplayOptions(), values);
    }

    /**
     * Shows the values where {@code options} say: {@code display(target("out"), v)},
     * {@code display(target("#out").append(false), v)}, {@code display(append(false), v)}.
     *
     * @throws IllegalArgumentException if the target cannot be found in the page
     */
    public static void display(DisplayOptions options, @Nullable Object... values) {
        Display.show(options, values);
    }

    /** Display options naming the element with id {@code id} (a leading {@code #} is allowed). */
    public static DisplayOptions target(String id) {
        return new DisplayOptions().target(id);
    }

    /** Display options naming a DOM element. */
    public static DisplayOptions target(Element element) {
        return new DisplayOptions().target(element);
    }

    /** Display options naming an element of the {@code web} API. */
    public static DisplayOptions target(io.github.pekoe.web.Element element) {
        return new DisplayOptions().target(element);
    }

    /** Display options for the current script's output that append or, with false, replace it. */
    public static DisplayOptions append(boolean append) {
        return new DisplayOptions().append(append);
    }

    /** Markup that {@code display} inserts as it is (PyScript's {@code HTML}). Only wrap markup you trust. */
    public static Html HTML(String markup) {
        return new Html(markup);
    }

    /**
     * The id of the element the current script's output goes to (PyScript's {@code current_target()}),
     * or null before any script has run.
     */
    public static @Nullable String currentTarget() {
        return CurrentScript.targetId();
    }

    /**
     * Starts a GET of {@code url} (relative to the page) and returns it under way (PyScript's
     * {@code fetch}): {@code fetch(url).text()}, {@code .json()}, {@code .bytes()},
     * {@code .arrayBuffer()}, {@code .blob()} or {@code .response()} block the calling Java thread
     * until it is in; {@code .then(onResponse, onFailure)} does not block. HTTP error statuses are
     * responses ({@code response().isOk()} is false); a network failure, timeout, abort or invalid
     * JSON throws a {@link io.github.pekoe.fetch.FetchException}.
     *
     * @throws IllegalArgumentException if the URL is not valid
     */
    public static Fetch fetch(String url) {
        return Fetch.start(url, null);
    }

    /**
     * Starts a request with options: {@code fetch(url, new FetchOptions().method("POST").body(map))}.
     *
     * @throws IllegalArgumentException if the URL is not valid or the options make no request
     */
    public static Fetch fetch(String url, FetchOptions options) {
        return Fetch.start(url, options);
    }

    /**
     * The JavaScript module the config's {@code js_modules} name {@code name} (PyScript's
     * {@code pyscript.js_modules.name}), as a dynamic value called {@code js_modules.NAME}:
     * {@code jsModules("greeting").call("greet", "Ada").asString()}. The config maps module URLs to
     * names under {@code js_modules.main} (imported on the page and in workers) and
     * {@code js_modules.worker} (imported in workers only); they are imported before any script runs
     * in bundles whose package calls this method (a failing module stops the page with a banner).
     *
     * @throws IllegalStateException for a worker module on the main thread, or in a bundle whose
     *     package never calls {@code jsModules}
     * @throws IllegalArgumentException if the config names no such module
     */
    public static JsValue jsModules(String name) {
        return ConfigModules.get(name);
    }

    /**
     * Imports ES modules on demand (PyScript's {@code js_import}) and returns them in order, blocking
     * the calling Java thread until all are in: {@code jsImport("./chart.mjs").get(0)}. Relative URLs
     * resolve against the page; a URL imported twice is loaded once and gives the same module object.
     * Works on the page and in workers (a worker imports into itself).
     *
     * @throws io.github.pekoe.ffi.JsException naming the URL if a module cannot be loaded or throws
     *     while evaluating
     * @throws IllegalArgumentException if a URL is null or not valid
     * @throws IllegalStateException if the calling code runs outside a Java thread (a DOM listener)
     */
    public static List<JsValue> jsImport(String... urls) {
        return JsImports.importAll(urls);
    }

    /**
     * Imports ES modules without blocking, then calls {@code then} with them, in order, on a Java
     * thread of its own: {@code jsImport(List.of("./chart.mjs"), modules -> ...)}. A module that
     * cannot be imported is reported on the page, naming its URL, and {@code then} is not called.
     *
     * @throws IllegalArgumentException if a URL is null or not valid, or {@code then} is null
     */
    public static void jsImport(List<String> urls, EventHandler<List<JsValue>> then) {
        JsImports.importAll(urls, then);
    }

    /**
     * Loads the lazy Java bundle {@code name} (PyScript's {@code py_import}): {@code NAME.js} next to
     * the page's bundle, built from a package marked {@link LazyBundle}; once, so later calls return the
     * same handle. Blocks the calling Java thread until it has loaded; main thread only.
     *
     * @throws io.github.pekoe.bundle.JavaBundleException if it cannot be loaded (the message names the URL)
     */
    public static JavaBundle javaImport(String name) {
        return JavaBundle.load(name);
    }

    /** Loads the lazy Java bundle {@code name} from {@code url} (relative to the page), once, as {@link #javaImport(String)} does. */
    public static JavaBundle javaImport(String name, String url) {
        return JavaBundle.load(name, url);
    }

    /** The page's configuration, read-only; empty when the page has none. */
    public static Map<String, @Nullable Object> config() {
        return PageConfig.current();
    }

    /**
     * The page's document.
     *
     * @throws IllegalStateException in a worker, which has no document: there the {@code web} API
     *     ({@code page.find(...)}, tag factories) reaches the page's elements
     */
    public static HTMLDocument document() {
        pageObjectOnly("document()");
        return HTMLDocument.current();
    }

    /**
     * The page's window.
     *
     * @throws IllegalStateException in a worker, which has no window: there the {@code web} API reaches
     *     the page's elements, and a {@code JsValue} the worker's own JavaScript
     */
    public static Window window() {
        pageObjectOnly("window()");
        return Window.current();
    }

    /**
     * The worker named {@code name} (by a {@code worker name="..."} script element or
     * {@code new WorkerOptions().name(...)}), once its script has finished, waiting at most
     * {@link JavaWorker#DEFAULT_TIMEOUT_MILLIS} (PyScript's {@code workers[name]}).
     *
     * @throws WorkerException if it is not ready in time, or stopped
     */
    public static JavaWorker workers(String name) {
        return workers(name, JavaWorker.DEFAULT_TIMEOUT_MILLIS);
    }

    /** As {@link #workers(String)}, waiting at most {@code timeoutMillis} (0: no limit). */
    public static JavaWorker workers(String name, int timeoutMillis) {
        mainThreadOnly("workers(...)");
        return JavaWorker.named(name, timeoutMillis);
    }

    /**
     * In a worker: calls the page's function {@code name} with {@code args} and returns its result,
     * blocking until it comes (PyScript's {@code sync.name(args)}). The page offers functions with
     * {@link #registerSync} or {@code worker.sync(name, function)}.
     *
     * @throws IllegalStateException on the page itself
     * @throws WorkerException if the function does not exist or throws (its message and stack included)
     */
    public static @Nullable Object sync(String name, @Nullable Object... args) {
        if (!RUNNING_IN_WORKER) {
            throw new IllegalStateException("sync(\"" + name + "\", ...) calls the page from a worker; on the"
                    + " page, call the function directly");
        }
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("sync(name, ...): the name is empty");
        }
        return WorkerSide.sync(name, args == null ? new ArrayList<>(Arrays.asList((Object) null))
                : new ArrayList<>(Arrays.asList(args)));
    }

    /**
     * In a worker: exports {@code function} to the page as {@code name}, as {@code @Export} does for a
     * method (PyScript's {@code __export__}); a later export of the name replaces it.
     *
     * @throws IllegalStateException on the page itself
     */
    public static void export(String name, WorkerFunction function) {
        if (!RUNNING_IN_WORKER) {
            throw new IllegalStateException("export(\"" + name + "\", ...) offers a function to the page from a"
                    + " worker; on the page, call it directly");
        }
        WorkerSide.export(name, function);
    }

    /**
     * On the page: offers every worker the function {@code function} under {@code name}, for its
     * {@code sync(name, args...)}; it runs on a Java thread of its own, so it may block.
     *
     * @throws IllegalArgumentException if the name is empty or the function null
     */
    public static void registerSync(String name, WorkerFunction function) {
        mainThreadOnly("registerSync(...)");
        WorkerHost.registerSync(name, function);
    }

    private static void pageObjectOnly(String call) {
        if (RUNNING_IN_WORKER) {
            throw new IllegalStateException(call + " is the page's, and this code runs in a worker: reach the page's"
                    + " elements with the web API (page.find(...), page.get(id), page.body(), the tag factories of"
                    + " io.github.pekoe.web.Web), which works from a worker, and JavaScript with a JsValue"
                    + " (io.github.pekoe.ffi.JsValue)");
        }
    }

    private static void mainThreadOnly(String call) {
        if (RUNNING_IN_WORKER) {
            throw new IllegalStateException(call + " is the page's, and this code runs in a worker: show values with"
                    + " display(target(\"id\"), ...), call the page with sync(\"name\", ...), or give the worker"
                    + " what it needs when it starts");
        }
    }

    /**
     * Calls {@code handler} with each {@code type} event of {@code target} (PyScript's {@code when}):
     * a CSS selector (matched now), an element (DOM or {@code web}), a collection or list of them, or
     * a node list. The handler runs at once inside the dispatch, on a thread of its own: it may call
     * {@code preventDefault()} and then block; what it throws is reported on the page. Name the event
     * type you want in the handler: {@code when("click", "#b", (MouseEvent e) -> ...)}.
     *
     * <p>In a worker, the page's elements are bound and the handler runs in the worker, with a copy of
     * the event made at dispatch, after the dispatch has ended: declare
     * {@code new WhenOptions().preventDefault()} (or {@code stopPropagation()}) and the page applies it
     * as it dispatches; the copy's own {@code preventDefault()} throws there. The option means the same
     * on the page.
     *
     * @return what removes the binding
     * @throws IllegalArgumentException if the type or handler is missing, or the target is empty,
     *     invalid or matches nothing
     */
    public static <E extends Event> Binding when(String type, Object target, EventHandler<E> handler) {
        return Bindings.when(type, target, new WhenOptions(), handler);
    }

    /** As {@link #when(String, Object, EventHandler)}, for a handler that does not need the event. */
    public static Binding when(String type, Object target, SimpleHandler handler) {
        return Bindings.when(type, target, new WhenOptions(), Bindings.ignoringEvent(handler));
    }

    /**
     * As {@link #when(String, Object, EventHandler)}, with options:
     * {@code when("click", "#b", new WhenOptions().once(), handler)}.
     */
    public static <E extends Event> Binding when(String type, Object target, WhenOptions options,
            EventHandler<E> handler) {
        return Bindings.when(type, target, options, handler);
    }

    /** As {@link #when(String, Object, WhenOptions, EventHandler)}, for a handler that does not need the event. */
    public static Binding when(String type, Object target, WhenOptions options, SimpleHandler handler) {
        return Bindings.when(type, target, options, Bindings.ignoringEvent(handler));
    }

    /**
     * Calls {@code handler} with each of an element's events, named as a property:
     * {@code when(button.onClick(), handler)} (PyScript's {@code @when(button.on_click)}).
     *
     * @return what removes the binding
     * @throws IllegalArgumentException if the event or handler is null
     */
    public static <E extends Event> Binding when(ElementEvent event, EventHandler<E> handler) {
        if (event == null) {
            throw new IllegalArgumentException("when(event, handler): the event is null");
        }
        return event.addListener(handler);
    }

    /** As {@link #when(ElementEvent, EventHandler)}, for a handler that does not need the event. */
    public static Binding when(ElementEvent event, SimpleHandler handler) {
        if (event == null) {
            throw new IllegalArgumentException("when(event, handler): the event is null");
        }
        return event.addListener(handler);
    }

    /**
     * Adds {@code listener} to a {@link Signal} (PyScript's {@code @when(event)}); the binding removes it.
     *
     * @throws IllegalArgumentException if the signal or listener is null
     */
    public static <T extends @Nullable Object> Binding when(Signal<T> signal, EventHandler<? super T> listener) {
        if (signal == null) {
            throw new IllegalArgumentException("when(signal, listener): the signal is null");
        }
        signal.addListener(listener);
        return () -> signal.removeListener(listener);
    }

    /** As {@link #when(Signal, EventHandler)}, for a listener that does not need the result. */
    public static <T extends @Nullable Object> Binding when(Signal<T> signal, SimpleHandler listener) {
        if (listener == null) {
            throw new IllegalArgumentException("when(signal, listener): the listener is null");
        }
        return when(signal, result -> listener.handle());
    }

    /**
     * Adds {@code listener} to each of several signals; the binding removes it from all.
     *
     * @throws IllegalArgumentException if the list, a signal or the listener is null
     */
    public static <T extends @Nullable Object> Binding when(List<Signal<T>> signals, EventHandler<? super T> listener) {
        if (signals == null) {
            throw new IllegalArgumentException("when(signals, listener): the list of signals is null");
        }
        for (Signal<T> signal : signals) {
            when(signal, listener);
        }
        return () -> {
            for (Signal<T> signal : signals) {
                signal.removeListener(listener);
            }
        };
    }

    /**
     * Registers a handler in code under {@code name}, for {@code py-EVENT}/{@code java-EVENT}
     * attributes; call it from a script, before the page binds its attributes.
     *
     * @throws IllegalArgumentException if the name is empty or taken, or the handler is null
     */
    public static <E extends Event> void registerHandler(String name, EventHandler<E> handler) {
        HandlerCatalog.shared().add(name, handler);
    }

    /** As {@link #registerHandler(String, EventHandler)}, for a handler that does not need the event. */
    public static void registerHandler(String name, SimpleHandler handler) {
        HandlerCatalog.shared().add(name, Bindings.ignoringEvent(handler));
    }

    /**
     * Registers a script in code; a script element later in the page can then run it by name.
     *
     * @throws IllegalArgumentException if the name is empty or taken
     */
    public static void registerScript(String name, SimpleHandler body) {
        ScriptCatalog.shared().add(name, body);
    }

    @JSBody(script = "return typeof document === 'undefined';")
    private static native boolean inWorker();
}
