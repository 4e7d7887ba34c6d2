package io.github.pekoe;

import io.github.pekoe.config.PageConfig;
import io.github.pekoe.display.Display;
import io.github.pekoe.display.DisplayOptions;
import io.github.pekoe.display.Html;
import io.github.pekoe.scan.CurrentScript;
import io.github.pekoe.script.ScriptBody;
import io.github.pekoe.script.ScriptCatalog;
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
     * Registers a script in code; a script element later in the page can then run it by name.
     *
     * @throws IllegalArgumentException if the name is empty or taken
     */
    public static void registerScript(String name, ScriptBody body) {
        ScriptCatalog.shared().add(name, body);
    }
}
