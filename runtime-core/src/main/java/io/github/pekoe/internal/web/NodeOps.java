package io.github.pekoe.internal.web;

import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.js.Selectors;
import io.github.pekoe.internal.js.TrustedValues;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.css.CSSStyleDeclaration;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * What the {@code web} API does to DOM nodes, one method per primitive it needs, each the browser's
 * own call. In a worker whose bundle enables the web API there, a subclass makes each a round trip to
 * the page, and the nodes are handles to the page's nodes; a bundle without that subclass calls these
 * methods directly, as if the web API called the DOM itself.
 */
public class NodeOps {
    /** The expando property that holds an element's hash code. */
    private static final String HASH = "__pekoeHash";

    private static @Nullable NodeOps current;
    private static int hashes;

    /** The browser's DOM calls; a worker's subclass overrides every method. */
    protected NodeOps() {
    }

    /** The operations of this thread: the browser's DOM calls unless {@link #use} chose others. */
    public static NodeOps current() {
        NodeOps ops = current;
        return ops != null ? ops : browser();
    }

    /** Makes the browser's DOM calls the operations of this thread; apart, so that callers inline less. */
    private static NodeOps browser() {
        current = new NodeOps();
        return current;
    }

    /** Makes {@code ops} the operations of this thread; called once, before any element exists. */
    public static void use(NodeOps ops) {
        current = ops;
    }

    /** The document: the root that page-wide lookups start from. */
    public JSObject document() {
        return HTMLDocument.current();
    }

    /** The document's title. */
    public String title() {
        return HTMLDocument.current().getTitle();
    }

    /** Sets the document's title. */
    public void title(String title) {
        HTMLDocument.current().setTitle(title);
    }

    /** The document's {@code <body>}, or null. */
    public @Nullable HTMLElement body() {
        return HTMLDocument.current().getBody();
    }

    /** The document's {@code <head>}, or null. */
    public @Nullable HTMLElement head() {
        return HTMLDocument.current().getHead();
    }

    /** The document's {@code <html>} element. */
    public HTMLElement root() {
        return HTMLDocument.current().getDocumentElement();
    }

    /** A new, detached element named {@code tag} (a valid name, checked by the caller). */
    public HTMLElement create(String tag) {
        return HTMLDocument.current().createElement(tag);
    }

    /** The element's tag name in lower case. */
    public String tag(HTMLElement node) {
        return Nodes.localName(node);
    }

    /** The id, or "" when it has none. */
    public String id(HTMLElement node) {
        return node.getId();
    }

    /** Sets the id; null removes it. */
    public void id(HTMLElement node, @Nullable String id) {
        if (id == null) {
            node.removeAttribute("id");
        } else {
            node.setId(id);
        }
    }

    /** The text content. */
    public String text(HTMLElement node) {
        return node.getTextContent();
    }

    /** Replaces the content with {@code text}, as text; null empties it. */
    public void text(HTMLElement node, @Nullable String text) {
        node.setTextContent(text);
    }

    /** The markup inside the element. */
    public String html(HTMLElement node) {
        return node.getInnerHTML();
    }

    /** Replaces the content with {@code markup}, parsed as HTML through Pekoe's Trusted Types policy. */
    public void html(HTMLElement node, String markup) {
        JsProperties.set(node, "innerHTML", TrustedValues.html(markup));
    }

    /** The attribute {@code name}, or null when it is absent. */
    public @Nullable String attr(HTMLElement node, String name) {
        return node.getAttribute(name);
    }

    /** Sets the attribute {@code name}; null removes it. */
    public void attr(HTMLElement node, String name, @Nullable String value) {
        if (value == null) {
            node.removeAttribute(name);
        } else {
            node.setAttribute(name, value);
        }
    }

    /** The attributes, in markup order: name, value, name, value, ... */
    public List<String> attributes(HTMLElement node) {
        JSObject attributes = JsProperties.get(node, "attributes");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < ArrayLike.length(attributes); i++) {
            JSObject attribute = ArrayLike.item(attributes, i);
            pairs.add(JsProperties.getText(attribute, "name"));
            pairs.add(JsProperties.getText(attribute, "value"));
        }
        return pairs;
    }

    /** Tells whether the attribute {@code name} is present. */
    public boolean hasAttr(HTMLElement node, String name) {
        return node.hasAttribute(name);
    }

    /** Tells whether {@code value} is a node these operations take (a DOM node; a worker's handle of one). */
    public boolean isNode(JSObject value) {
        return Nodes.isNode(value);
    }

    /**
     * Appends {@code child} to {@code parent}, moving it when it is in the page.
     *
     * @throws IllegalArgumentException if {@code child} is {@code parent} or holds it
     */
    public void append(JSObject parent, JSObject child) {
        Nodes.append(parent, child);
    }

    /** Appends {@code text} as a text node. */
    public void appendText(HTMLElement parent, String text) {
        parent.appendChild(HTMLDocument.current().createTextNode(text));
    }

    /** Removes the node from its parent, if it has one. */
    public void remove(HTMLElement node) {
        if (node.getParentNode() != null) {
            node.getParentNode().removeChild(node);
        }
    }

    /**
     * Inserts {@code node} into the parent of {@code next}, before {@code next}, moving it when it is
     * in the page.
     */
    public void insertBefore(JSObject next, JSObject node) {
        ((Node) next).getParentNode().insertBefore((Node) node, (Node) next);
    }

    /**
     * The options of a {@code <select>} or {@code <datalist>} (its {@code options}), or the
     * {@code <option>} elements under another element, as an array-like of elements.
     */
    public JSObject options(HTMLElement node) {
        return optionNodes(node);
    }

    /** The child elements, as an array-like of elements. */
    public JSObject children(HTMLElement node) {
        return node.getChildren();
    }

    /** The parent element, or null. */
    public @Nullable JSObject parent(HTMLElement node) {
        return JsProperties.get(node, "parentElement");
    }

    /** The elements under {@code root} that match {@code css}, or null when it is not a valid selector. */
    public @Nullable JSObject queryAll(JSObject root, String css) {
        return Selectors.queryAll(root, css);
    }

    /** Why {@code css} is not a valid selector (the browser's message), or null when it is. */
    public @Nullable String selectorProblem(JSObject root, String css) {
        return Selectors.problem(root, css);
    }

    /** The page's element with the id {@code id}, or null. */
    public @Nullable HTMLElement elementById(String id) {
        return HTMLDocument.current().getElementById(id);
    }

    /** The descendant of {@code root} with the id {@code id}, or null. */
    public @Nullable JSObject descendantById(JSObject root, String id) {
        return descendantWithId(root, id);
    }

    /** A deep copy of the element, detached. */
    public HTMLElement cloneDeep(HTMLElement node) {
        return (HTMLElement) node.cloneNode(true);
    }

    /** Tells whether {@code node} and {@code other} stand for the same DOM node. */
    public boolean same(HTMLElement node, HTMLElement other) {
        return node == other;
    }

    /** A number kept for the DOM node, the same for every object that stands for it. */
    public int hash(HTMLElement node) {
        double hash = JsProperties.getNumber(node, HASH);
        if (hash != hash) {
            hash = ++hashes;
            JsProperties.setNumber(node, HASH, hash);
        }
        return (int) hash;
    }

    /** The class attribute's text. */
    public String className(HTMLElement node) {
        return node.getClassName();
    }

    /** Replaces the class attribute's text. */
    public void className(HTMLElement node, String names) {
        node.setClassName(names);
    }

    /** How many classes the element has. */
    public int classCount(HTMLElement node) {
        return node.getClassList().getLength();
    }

    /** The class at {@code index}. */
    public String classAt(HTMLElement node, int index) {
        return node.getClassList().item(index);
    }

    /** Tells whether the element has the class {@code name}. */
    public boolean hasClass(HTMLElement node, String name) {
        return node.getClassList().contains(name);
    }

    /** Adds the class {@code name}. */
    public void addClass(HTMLElement node, String name) {
        node.getClassList().add(name);
    }

    /** Removes the class {@code name}. */
    public void removeClass(HTMLElement node, String name) {
        node.getClassList().remove(name);
    }

    /** Toggles the class {@code name}; returns whether the element has it now. */
    public boolean toggleClass(HTMLElement node, String name) {
        return node.getClassList().toggle(name);
    }

    /** The element's property {@code name} as text ({@code String(value)}), or null when it is null or undefined. */
    public @Nullable String textProperty(HTMLElement node, String name) {
        return JsProperties.getText(node, name);
    }

    /**
     * Sets the element's property {@code name} to a string, or to null.
     *
     * @throws IllegalArgumentException with the browser's message when the element refuses the value
     */
    public void textProperty(HTMLElement node, String name, @Nullable String value) {
        JsProperties.setString(node, name, value);
    }

    /** The element's property {@code name} as a boolean (JavaScript truthiness). */
    public boolean boolProperty(HTMLElement node, String name) {
        return JsProperties.getBoolean(node, name);
    }

    /**
     * Sets the element's property {@code name} to a boolean.
     *
     * @throws IllegalArgumentException with the browser's message when the element refuses the value
     */
    public void boolProperty(HTMLElement node, String name, boolean value) {
        JsProperties.setBoolean(node, name, value);
    }

    /** The element's property {@code name} as a number ({@code Number(value)}; NaN when it is not one). */
    public double numberProperty(HTMLElement node, String name) {
        return JsProperties.getNumber(node, name);
    }

    /**
     * Sets the element's property {@code name} to a number.
     *
     * @throws IllegalArgumentException with the browser's message when the element refuses the value
     */
    public void numberProperty(HTMLElement node, String name, double value) {
        JsProperties.setNumber(node, name, value);
    }

    /** The element's property {@code name} in its Java form ({@code Ffi.toJava}). */
    public @Nullable Object property(HTMLElement node, String name) {
        return Ffi.toJava(JsProperties.get(node, name));
    }

    /**
     * Sets the element's property {@code name} to the JavaScript form of {@code value} ({@code Ffi.toJs});
     * markup and script URLs go through Pekoe's Trusted Types policy.
     *
     * @throws IllegalArgumentException with the browser's message when the element refuses the value
     */
    public void property(HTMLElement node, String name, @Nullable Object value) {
        if (value instanceof String) {
            TrustedValues.setString(node, name, (String) value);
        } else {
            JsProperties.setChecked(node, name, Ffi.toJs(value));
        }
    }

    /**
     * Tells whether the element has the property {@code name} of its own, or from a prototype below
     * {@code Object.prototype} where it is no method: what an element inherits from every object
     * ({@code toString}, {@code __proto__}) and its methods ({@code constructor}, {@code click}) are no
     * properties to read or set.
     */
    public boolean hasProperty(HTMLElement node, String name) {
        return isProperty(node, name);
    }

    /** Calls the element's method {@code name} with no arguments ({@code scrollIntoView}, {@code focus}, ...). */
    public void invoke(HTMLElement node, String name) {
        invokeMethod(node, name);
    }

    /** The inline style's property {@code css} (a CSS name), or "" when it is not set. */
    public String style(HTMLElement node, String css) {
        return node.getStyle().getPropertyValue(css);
    }

    /** Sets the inline style's property {@code css} (a CSS name); null removes it. */
    public void style(HTMLElement node, String css, @Nullable String value) {
        if (value == null) {
            node.getStyle().removeProperty(css);
        } else {
            node.getStyle().setProperty(css, value);
        }
    }

    /** The inline style's properties that are set, in order: CSS name, value, name, value, ... */
    public List<String> styles(HTMLElement node) {
        CSSStyleDeclaration css = node.getStyle();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < css.getLength(); i++) {
            String name = css.item(i);
            pairs.add(name);
            pairs.add(css.getPropertyValue(name));
        }
        return pairs;
    }

    @JSBody(params = {"o", "k"}, script = "for (var p = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {"
            + " var d = Object.getOwnPropertyDescriptor(p, k);"
            + " if (d) { return p === o || typeof d.value !== 'function'; } } return false;")
    private static native boolean isProperty(JSObject o, String k);

    @JSBody(params = {"e", "name"}, script = "e[name]();")
    private static native void invokeMethod(HTMLElement e, String name);

    @JSBody(params = {"root", "id"}, script = "var all = root.getElementsByTagName('*');"
            + "for (var i = 0; i < all.length; i++) { if (all[i].id === id) { return all[i]; } }"
            + "return null;")
    private static native HTMLElement descendantWithId(JSObject root, String id);

    @JSBody(params = "e", script = "return e.options ? e.options : e.getElementsByTagName('option');")
    private static native JSObject optionNodes(HTMLElement e);
}
