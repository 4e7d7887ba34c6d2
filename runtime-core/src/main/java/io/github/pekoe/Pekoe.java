package io.github.pekoe;

import io.github.pekoe.config.PageConfig;
import io.github.pekoe.display.Display;
import io.github.pekoe.display.DisplayOptions;
import io.github.pekoe.display.Html;
import io.github.pekoe.event.Bindings;
import io.github.pekoe.event.Event;
import io.github.pekoe.event.EventHandler;
import io.github.pekoe.event.HandlerCatalog;
import io.github.pekoe.web.Registration;
import io.github.pekoe.event.SimpleHandler;
import io.github.pekoe.event.WhenOptions;
import io.github.pekoe.fetch.Fetch;
import io.github.pekoe.fetch.FetchOptions;
import io.github.pekoe.scan.CurrentScript;
import io.github.pekoe.script.ScriptBody;
import io.github.pekoe.script.ScriptCatalog;
import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
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
    /** True when the code runs in a web worker; false on the page's main thread. */
    public static final boolean RUNNING_IN_WORKER = false;

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
    public static void display(Object... values) {
        Display.show(DisplayOptions.current(), values);
    }

    /**
     * Shows the values where {@code options} say: {@code display(target("out"), v)},
     * {@code display(target("#out").append(false), v)}, {@code display(append(false), v)}.
     *
     * @throws IllegalArgumentException if the target cannot be found in the page
     */
    public static void display(DisplayOptions options, Object... values) {
        Display.show(options, values);
    }

    /** Display options naming the element with id {@code id} (a leading {@code #} is allowed). */
    public static DisplayOptions target(String id) {
        return DisplayOptions.target(id);
    }

    /** Display options naming an element. */
    public static DisplayOptions target(Element element) {
        return DisplayOptions.target(element);
    }

    /** Display options for the current script's output that append or, with false, replace it. */
    public static DisplayOptions append(boolean append) {
        return DisplayOptions.current().append(append);
    }

    /** Markup that {@code display} inserts as it is (PyScript's {@code HTML}). Only wrap markup you trust. */
    public static Html HTML(String markup) {
        return new Html(markup);
    }

    /**
     * The id of the element the current script's output goes to (PyScript's {@code current_target()}),
     * or null before any script has run.
     */
    public static String currentTarget() {
        return CurrentScript.targetId();
    }

    /**
     * Starts a GET of {@code url} (relative to the page) and returns it under way (PyScript's
     * {@code fetch}): {@code fetch(url).text()}, {@code .json()}, {@code .bytes()},
     * {@code .arrayBuffer()}, {@code .blob()} or {@code .response()} block the calling Java thread
     * until it is in; {@code .then(onResponse, onFailure)} does not block. HTTP error statuses are
     * responses ({@code response().ok()} is false); a network failure, timeout, abort or invalid
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

    /** The page's configuration, read-only; empty when the page has none. */
    public static Map<String, Object> config() {
        return PageConfig.current();
    }

    /** The page's document. */
    public static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** The page's window. */
    public static Window window() {
        return Window.current();
    }

    /**
     * Calls {@code handler} with each {@code type} event of {@code target} (PyScript's {@code when}):
     * a CSS selector (matched now), an element (DOM or {@code web}), a collection or list of them, or
     * a node list. The handler runs at once inside the dispatch, on a thread of its own: it may call
     * {@code preventDefault()} and then block.
     *
     * @return what removes the binding
     * @throws IllegalArgumentException if the target is empty, invalid or matches nothing
     */
    public static Registration when(String type, Object target, EventHandler handler) {
        return Bindings.when(type, target, WhenOptions.none(), handler);
    }

    /** As {@link #when(String, Object, EventHandler)}, for a handler that does not need the event. */
    public static Registration when(String type, Object target, SimpleHandler handler) {
        return when(type, target, event -> handler.handle());
    }

    /** As {@link #when(String, Object, EventHandler)}, with {@code once}, {@code capture} or {@code passive}. */
    public static Registration when(String type, Object target, WhenOptions options, EventHandler handler) {
        return Bindings.when(type, target, options, handler);
    }

    /** Adds {@code listener} to a custom {@link Event}; the registration removes it again. */
    public static <T> Registration when(Event<T> event, Event.Listener<? super T> listener) {
        event.addListener(listener);
        return () -> event.removeListener(listener);
    }

    /** Adds {@code listener} to each of several custom events; the registration removes it from all. */
    public static <T> Registration when(List<Event<T>> events, Event.Listener<? super T> listener) {
        for (Event<T> event : events) {
            event.addListener(listener);
        }
        return () -> {
            for (Event<T> event : events) {
                event.removeListener(listener);
            }
        };
    }

    /**
     * Registers a handler in code under {@code name}, for {@code py-EVENT}/{@code java-EVENT}
     * attributes; call it from a script, before the page binds its attributes.
     *
     * @throws IllegalArgumentException if the name is empty or taken
     */
    public static void registerHandler(String name, EventHandler handler) {
        HandlerCatalog.shared().add(name, handler);
    }

    /**
     * Registers a script in code; a script element later in the page can then run it by name.
     *
     * @throws IllegalArgumentException if the name is empty or taken
     */
    public static void registerScript(String name, ScriptBody body) {
        ScriptCatalog.shared().add(name, body);
    }
}
