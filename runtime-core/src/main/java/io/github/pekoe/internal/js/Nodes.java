package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Node;

/** Questions about JavaScript values that may be DOM nodes. */
public final class Nodes {
    private Nodes() {
    }

    /** Tells whether {@code value} is a DOM node (an object the DOM can insert). */
    @JSBody(params = "value", script = "return typeof Node !== 'undefined' && value instanceof Node;")
    public static native boolean isNode(JSObject value);

    /** Returns the node's lower-case local name ({@code "script"}, {@code "java-script"}), or "" for non-elements. */
    @JSBody(params = "node", script = "return typeof node.localName === 'string' ? node.localName : '';")
    public static native String localName(JSObject node);

    /**
     * Tells whether {@code node} is a {@code <script>} or {@code <style>} element, in HTML or SVG: the
     * browser runs the text of the one as code and applies the other's as CSS. The parser's other
     * raw-text elements ({@code <xmp>}, {@code <noscript>}, {@code <textarea>}, {@code <title>}) treat
     * markup as text only when parsing; text written into them through the DOM is shown or ignored,
     * never run.
     */
    public static boolean isRawText(JSObject node) {
        String name = localName(node);
        return name.equals("script") || name.equals("style");
    }

    /** Names an element for a message: {@code <div id="out">}, {@code <p>}. */
    public static String describe(JSObject element) {
        String id = JsProperties.getString(element, "id");
        return "<" + localName(element) + (id == null || id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
    }

    /**
     * Appends {@code child} to {@code parent} (moving it when it is in the page).
     *
     * @throws IllegalArgumentException if {@code child} is {@code parent} or holds it, naming both
     */
    public static void append(JSObject parent, JSObject child) {
        if (contains(child, parent)) {
            throw new IllegalArgumentException("cannot append " + describe(child) + " to "
                    + (child == parent ? "itself" : describe(parent) + ", which is inside it"));
        }
        ((Node) parent).appendChild((Node) child);
    }

    @JSBody(params = {"node", "other"}, script = "return node.contains(other);")
    private static native boolean contains(JSObject node, JSObject other);
}
