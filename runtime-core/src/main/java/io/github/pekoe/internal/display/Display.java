package io.github.pekoe.internal.display;

import io.github.pekoe.display.DisplayOptions;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.NodeGroup;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.scan.CurrentScript;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/** Writes values into the page, with PyScript's {@code display()} semantics. */
public final class Display {
    private static @Nullable Forwarder forwarder;
    /** Writes markup and code; set only where a representation other than text can arise. */
    private static @Nullable MarkupWriter markup;

    private Display() {
    }

    /** Where a worker's {@code display()} goes instead of a DOM it does not have. */
    public interface Forwarder {
        /** Shows {@code values} in the page. */
        void show(DisplayOptions options, @Nullable Object[] values);
    }

    /** Sends every later {@code display()} to {@code forwarder}: a worker's, called once it starts. */
    public static void forwardTo(Forwarder forwarder) {
        Display.forwarder = forwarder;
    }

    /**
     * Shows {@code values} where {@code options} say. Appending, each value gets its own
     * {@code <div>}; replacing, the target is emptied once, then written. Values that render to
     * blank text add nothing.
     *
     * @throws IllegalArgumentException if the options are null, or the target cannot be found or is a
     *     {@code <script>} or {@code <style>} element
     * @throws IllegalStateException if no target is given and no script is running
     */
    public static void show(DisplayOptions options, @Nullable Object... values) {
        Arguments.notNull(options, "display: the options");
        if (forwarder != null) {
            forwarder.show(options, values);
            return;
        }
        Element element = resolve(options);
        if (!options.isAppend()) {
            clear(element);
        }
        if (values == null) {
            write(element, null, options.isAppend());
            return;
        }
        for (Object value : values) {
            write(element, value, options.isAppend());
        }
    }

    /**
     * Lets values whose representation is markup or code reach the page; called where such a
     * representation can arise, so a bundle that shows only text carries no markup writer.
     */
    static void enableMarkup() {
        if (markup == null) {
            markup = new MarkupWriter.Trusted();
        }
    }

    /**
     * Writes values a worker rendered, and the page's nodes it displays, into {@code element} (its
     * output element when it is a script element): emptied first when not appending, then each in its
     * own {@code <div>} when appending. Each item is a {@link Rendered} or a DOM node.
     */
    public static void showRendered(Element element, boolean append, List<?> items) {
        enableMarkup();
        element = outputOf(element);
        if (!append) {
            clear(element);
        }
        for (Object item : items) {
            if (item instanceof Rendered) {
                writeRendered(element, (Rendered) item, append);
            } else {
                container(element, append).appendChild((Node) item);
            }
        }
    }

    private static Element resolve(DisplayOptions options) {
        Element element = options.targetElement();
        if (element == null) {
            String id = options.targetId() != null ? options.targetId() : CurrentScript.targetId();
            if (id == null) {
                throw new IllegalStateException("display() has no target here: no Java script is running;"
                        + " name one with display(target(\"id\"), ...)");
            }
            element = HTMLDocument.current().getElementById(id);
            if (element == null) {
                throw new IllegalArgumentException("Cannot find element with id='" + id + "' in the page.");
            }
        }
        return outputOf(element);
    }

    /**
     * The element itself, or the output element of a Java script element.
     *
     * @throws IllegalArgumentException if that is a {@code <script>} or {@code <style>}, which would
     *     run or apply the text instead of showing it
     */
    private static Element outputOf(Element element) {
        JSObject output = Nodes.localName(element).equals("script") ? JsProperties.get(element, "target") : null;
        if (output != null) {
            return (Element) output;
        }
        if (Nodes.isRawText(element)) {
            throw new IllegalArgumentException("display() cannot write into " + Nodes.describe(element)
                    + ": a <script> or <style> would run or apply the text");
        }
        return element;
    }

    private static void clear(Element element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    private static void write(Element element, Object value, boolean append) {
        Node node = asNode(value);
        if (node != null) {
            container(element, append).appendChild(node);
            return;
        }
        writeRendered(element, MimeRenderer.render(value), append);
    }

    private static void writeRendered(Element element, Rendered rendered, boolean append) {
        if (rendered.content().trim().isEmpty()) {
            return;
        }
        Element container = container(element, append);
        if (rendered.isText() || markup == null) {
            // Without a markup writer no representation other than text can have been made.
            container.setTextContent(rendered.content());
        } else {
            markup.write(container, rendered);
        }
    }

    private static Element container(Element element, boolean append) {
        if (!append) {
            return element;
        }
        Element div = HTMLDocument.current().createElement("div");
        element.appendChild(div);
        return div;
    }

    private static Node asNode(Object value) {
        if (value instanceof NodeHolder) {
            return ((NodeHolder) value).dom();
        }
        if (value instanceof NodeGroup) {
            DocumentFragment members = HTMLDocument.current().createDocumentFragment();
            for (Object member : (Iterable<?>) value) {
                members.appendChild(((NodeHolder) member).dom());
            }
            return members;
        }
        if (value instanceof JSObject && Nodes.isNode((JSObject) value)) {
            return (Node) value;
        }
        return null;
    }
}
