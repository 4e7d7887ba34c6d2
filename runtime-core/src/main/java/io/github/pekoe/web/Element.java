package io.github.pekoe.web;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.js.Nodes;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One element of the page, new or found (PyScript's {@code pyscript.web.Element}). Make new ones
 * with the tag factories of {@link Web}; find existing ones with {@link Web#page}. Two
 * {@code Element}s are equal when they stand for the same DOM node.
 *
 * <pre>{@code
 * Element card = div(h2("Tea"), p("Pekoe is a grade of black tea."), props("id", "card"));
 * card.classes().add("highlight");
 * card.style().put("backgroundColor", "#f4f8f6");
 * page.body().append(card);
 * }</pre>
 *
 * <p>Setters return the element, so calls chain; on the typed elements ({@code input(...)},
 * {@code a(...)}, ...) they return the typed element.
 */
public class Element implements NodeHolder {
    /** Properties every HTML element has, as the DOM names them. */
    static final String GLOBAL_PROPERTIES = "accessKey autocapitalize autofocus className contentEditable dir"
            + " draggable enterKeyHint hidden id inert innerHTML innerText inputMode lang nonce outerHTML popover"
            + " slot spellcheck style tabIndex textContent title translate";

    /** The expando property that holds an element's hash code. */
    private static final String HASH = "__pekoeHash";

    private static int hashes;

    private final HTMLElement dom;

    /** Wraps {@code dom}, which must not be null. */
    protected Element(HTMLElement dom) {
        if (dom == null) {
            throw new IllegalArgumentException("an Element needs a DOM element, not null");
        }
        this.dom = dom;
    }

    /**
     * Wraps an existing DOM element; returns null when {@code node} is null or undefined.
     *
     * @throws IllegalArgumentException if {@code node} is not an element (a text node, a plain object)
     */
    public static @Nullable Element wrap(@Nullable JSObject node) {
        if (Ffi.isNone(node)) {
            return null;
        }
        if (!isElement(node)) {
            throw new IllegalArgumentException("Element.wrap takes a DOM element, not " + describe(node));
        }
        return new Element((HTMLElement) node);
    }

    /**
     * Creates a new {@code <tag>} with {@code content} as the tag factories take it; for custom
     * elements ({@code create("my-card", ...)}) and tags without a factory.
     */
    public static Element create(String tag, Object... content) {
        return new Element(newDom(tag)).with(content);
    }

    /** Creates a detached DOM element named {@code tag}. */
    static HTMLElement newDom(String tag) {
        return HTMLDocument.current().createElement(tag);
    }

    /** The DOM element this object stands for (PyScript's {@code _dom_element}). */
    @Override
    public HTMLElement dom() {
        return dom;
    }

    /** The tag name in lower case: {@code "div"}, {@code "input"}, {@code "my-card"}. */
    public String tag() {
        return Nodes.localName(dom);
    }

    // ---- content ----

    /**
     * Adds content as the tag factories take it, left to right: each {@code Map} is applied as
     * with {@link #update(Map)}, everything else is appended as with {@link #append}.
     *
     * @throws IllegalArgumentException if a child is of a type {@link #append} does not take, or the
     *     element is a void element ({@code <input>}, {@code <img>}, ...) and a child is given
     */
    @SuppressWarnings("unchecked")
    public Element with(@Nullable Object... content) {
        if (content == null) {
            return this;
        }
        for (Object item : content) {
            if (item instanceof Map) {
                update((Map<String, ?>) item);
            } else {
                if (VoidTags.isVoid(tag())) {
                    throw new IllegalArgumentException("<" + tag() + "> is a void element and takes no children,"
                            + " but was given " + Children.describe(item));
                }
                Children.append(this, child(item));
            }
        }
        return this;
    }

    /** Turns one positional argument of a tag factory into a child; elements with options override it. */
    protected Object child(Object item) {
        return item;
    }

    /**
     * Appends each item: an {@code Element} or DOM node is inserted (moved if it is in the page), an
     * {@code ElementCollection}, {@code Iterable}, array or DOM node list gives each member, a
     * {@code String} becomes text (never markup), a number, boolean or character its text.
     *
     * @throws IllegalArgumentException for null or any other type, naming it
     */
    public Element append(Object... items) {
        if (items == null) {
            throw new IllegalArgumentException("cannot append null to <" + tag() + ">");
        }
        for (Object item : items) {
            Children.append(this, item);
        }
        return this;
    }

    /**
     * Appends one element, as {@link #append(Object...)} does (it is moved if it is in the page).
     * A page that only ever appends single elements and texts carries none of the general
     * dispatcher.
     *
     * @throws IllegalArgumentException for null, as {@link #append(Object...)} does
     */
    public Element append(Element child) {
        if (child == null) {
            throw new IllegalArgumentException("cannot append null to <" + tag() + ">" + Children.KINDS);
        }
        dom.appendChild(child.dom());
        return this;
    }

    /**
     * Appends {@code text} as a text node (never markup), as {@link #append(Object...)} does.
     *
     * @throws IllegalArgumentException for null, as {@link #append(Object...)} does
     */
    public Element append(String text) {
        if (text == null) {
            throw new IllegalArgumentException("cannot append null to <" + tag() + ">" + Children.KINDS);
        }
        dom.appendChild(HTMLDocument.current().createTextNode(text));
        return this;
    }

    /** Removes this element from its parent, if it has one. */
    public Element remove() {
        if (dom.getParentNode() != null) {
            dom.getParentNode().removeChild(dom);
        }
        return this;
    }

    // ---- the tree ----

    /** The child elements, in order, as a new collection (text nodes are not elements). */
    public ElementCollection children() {
        return ElementCollection.ofNodes(dom.getChildren());
    }

    /** The parent element, or null when this element is detached or the root. */
    public @Nullable Element parent() {
        return wrap(JsProperties.get(dom, "parentElement"));
    }

    /**
     * The descendants that match the CSS selector {@code css}, in document order.
     *
     * @throws IllegalArgumentException if {@code css} is not a valid selector
     */
    public ElementCollection find(String css) {
        return Lookup.find(dom, css);
    }

    /** The descendant with the id {@code id} (a leading {@code #} is allowed), or null. */
    public @Nullable Element get(String id) {
        return Lookup.byId(dom, id);
    }

    // ---- text and markup ----

    /** The text content (PyScript's {@code textContent}). */
    public String text() {
        return dom.getTextContent();
    }

    /** Replaces the content with {@code text}, as text: markup in it is shown, not parsed. */
    public Element text(String text) {
        dom.setTextContent(text);
        return this;
    }

    /** The markup inside the element (PyScript's {@code innerHTML}). */
    public String html() {
        return dom.getInnerHTML();
    }

    /** Replaces the content with {@code markup}, parsed as HTML. Only pass markup you trust. */
    public Element html(String markup) {
        dom.setInnerHTML(markup);
        return this;
    }

    // ---- global properties ----

    /** The id, or "" when it has none. */
    public String id() {
        return dom.getId();
    }

    /** Sets the id; null removes it. */
    public Element id(@Nullable String id) {
        if (id == null) {
            dom.removeAttribute("id");
        } else {
            dom.setId(id);
        }
        return this;
    }

    /** The advisory title (the tooltip). */
    public String title() {
        return dom.getTitle();
    }

    /** Sets the advisory title (the tooltip). */
    public Element title(String title) {
        dom.setTitle(title);
        return this;
    }

    /** The language of the content, such as {@code "en"}. */
    public String lang() {
        return dom.getLang();
    }

    /** Sets the language of the content. */
    public Element lang(String lang) {
        dom.setLang(lang);
        return this;
    }

    /** The text direction: {@code "ltr"}, {@code "rtl"}, {@code "auto"} or "". */
    public String dir() {
        return dom.getDir();
    }

    /** Sets the text direction. */
    public Element dir(String dir) {
        dom.setDir(dir);
        return this;
    }

    /** Tells whether the element is hidden (the {@code hidden} attribute). */
    public boolean isHidden() {
        return dom.isHidden();
    }

    /** Hides or shows the element (the {@code hidden} attribute). */
    public Element hidden(boolean hidden) {
        dom.setHidden(hidden);
        return this;
    }

    /** The position in the keyboard's tab order. */
    public int tabIndex() {
        return dom.getTabIndex();
    }

    /** Sets the position in the keyboard's tab order; -1 takes it out. */
    public Element tabIndex(int tabIndex) {
        dom.setTabIndex(tabIndex);
        return this;
    }

    /** The keyboard shortcut that focuses or activates the element. */
    public String accessKey() {
        return dom.getAccessKey();
    }

    /** Sets the keyboard shortcut that focuses or activates the element. */
    public Element accessKey(String accessKey) {
        dom.setAccessKey(accessKey);
        return this;
    }

    /** Tells whether the element can be dragged. */
    public boolean isDraggable() {
        return JsProperties.getBoolean(dom, "draggable");
    }

    /** Lets the element be dragged, or not. */
    public Element draggable(boolean draggable) {
        JsProperties.setBoolean(dom, "draggable", draggable);
        return this;
    }

    /** Tells whether the browser checks the spelling of the content. */
    public boolean isSpellcheck() {
        return JsProperties.getBoolean(dom, "spellcheck");
    }

    /** Turns spell checking of the content on or off. */
    public Element spellcheck(boolean spellcheck) {
        JsProperties.setBoolean(dom, "spellcheck", spellcheck);
        return this;
    }

    // ---- attributes and properties by name ----

    /** The attribute {@code name} as written in the markup, or null when it is absent. */
    public @Nullable String attr(String name) {
        return dom.getAttribute(name);
    }

    /** Sets the attribute {@code name}; null removes it. Any name is allowed ({@code data-*}, custom ones). */
    public Element attr(String name, @Nullable String value) {
        if (value == null) {
            dom.removeAttribute(name);
        } else {
            dom.setAttribute(name, value);
        }
        return this;
    }

    /** Removes the attribute {@code name}; nothing happens when it is absent. */
    public Element removeAttr(String name) {
        dom.removeAttribute(name);
        return this;
    }

    /** Tells whether the attribute {@code name} is present. */
    public boolean hasAttr(String name) {
        return dom.hasAttribute(name);
    }

    /**
     * The DOM property {@code name} in its Java form (see {@code Ffi.toJava}): {@code "value"},
     * {@code "checked"}, {@code "tabindex"} (spelled as the attribute or the property).
     * {@code data-*} and {@code aria-*} names read the attribute.
     *
     * @throws IllegalArgumentException if the element has no such property
     */
    public @Nullable Object prop(String name) {
        return Properties.get(this, name);
    }

    /**
     * Sets the DOM property {@code name} to {@code value} converted as by {@code Ffi.toJs}; names are
     * spelled as properties ({@code htmlFor}) or as attributes ({@code for}, {@code readonly}).
     * {@code data-*} and {@code aria-*} names set the attribute.
     *
     * @throws IllegalArgumentException if the element has no such property; the message lists the known ones
     */
    public Element prop(String name, @Nullable Object value) {
        Properties.set(this, name, value);
        return this;
    }

    /** The typed property names of this kind of element beyond the global ones, space-separated. */
    protected String knownProperties() {
        return "";
    }

    // ---- classes, style, update ----

    /** The CSS classes, as a live set: changes show at once in the page. */
    public Classes classes() {
        return new Classes(dom);
    }

    /** The inline style, as a live map that takes {@code background-color} and {@code backgroundColor} alike. */
    public Style style() {
        return new Style(dom.getStyle());
    }

    /**
     * Updates several things at once (PyScript's {@code update}); each argument may be null.
     *
     * @param classes class names to add: a String (split at spaces), an Iterable or an array of them
     * @param style CSS properties to set
     * @param properties DOM properties to set, as with {@link #prop(String, Object)}
     * @throws IllegalArgumentException for an unknown property or a {@code classes} value of another type
     */
    public Element update(@Nullable Object classes, @Nullable Map<String, ?> style,
            @Nullable Map<String, ?> properties) {
        Updates.apply(this, classes, style, properties);
        return this;
    }

    /**
     * Sets each property of {@code properties} as with {@link #prop(String, Object)}; the key
     * {@code "classes"} adds classes and the key {@code "style"} (a map) sets styles, as in
     * {@link #update(Object, Map, Map)}.
     */
    public Element update(Map<String, ?> properties) {
        Updates.apply(this, properties);
        return this;
    }

    // ---- the rest ----

    /** A deep copy of the element, detached, with the same id. */
    @Override
    public Element clone() {
        return rewrap((HTMLElement) dom.cloneNode(true));
    }

    /** A deep copy of the element, detached, with the id {@code id} (null: no id). */
    public Element clone(@Nullable String id) {
        return clone().id(id);
    }

    /** Wraps a copy of this element's node in the same Java type; typed elements override it. */
    protected Element rewrap(HTMLElement copy) {
        return new Element(copy);
    }

    /** Scrolls the page until the element is in view (PyScript's {@code show_me}). */
    public void showMe() {
        dom.scrollIntoView();
    }

    /**
     * Calls {@code handler} with each {@code type} event the element receives ({@code "click"},
     * {@code "input"}, ...), as {@code when(type, element, handler)} does: the handler runs at once
     * inside the dispatch, on a thread of its own, so it may call {@code preventDefault()} and then
     * block; what it throws is reported on the page, and it runs again next time.
     *
     * @return what removes the binding
     * @throws IllegalArgumentException if the type is empty or the handler null
     */
    public <E extends Event> Binding on(String type, EventHandler<E> handler) {
        return Bindings.on(dom, type, new WhenOptions(), handler);
    }

    /** As {@link #on(String, EventHandler)}, for a handler that does not need the event. */
    public Binding on(String type, SimpleHandler handler) {
        return Bindings.on(dom, type, new WhenOptions(), Bindings.ignoringEvent(handler));
    }

    /** As {@link #on(String, EventHandler)}, with options: {@code on("click", new WhenOptions().once(), h)}. */
    public <E extends Event> Binding on(String type, WhenOptions options, EventHandler<E> handler) {
        return Bindings.on(dom, type, options, handler);
    }

    /**
     * Views this element as a typed one: {@code page.get("name").as(InputElement::new)}.
     *
     * @throws IllegalArgumentException if the typed element does not fit this tag
     */
    public <E extends Element> E as(Function<? super HTMLElement, E> type) {
        return type.apply(dom);
    }

    /** True when {@code other} is an {@code Element} for the same DOM node. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Element && ((Element) other).dom == dom;
    }

    /** A number kept on the DOM node, so every Element of one node has the same hash. */
    @Override
    public int hashCode() {
        double hash = JsProperties.getNumber(dom, HASH);
        if (hash != hash) {
            hash = ++hashes;
            JsProperties.setNumber(dom, HASH, hash);
        }
        return (int) hash;
    }

    /** The element's markup, itself included (its {@code outerHTML}). */
    @Override
    public String toString() {
        return JsProperties.getText(dom, "outerHTML");
    }

    /** Names a JavaScript value for an error message: "a node named #text", "a JavaScript object". */
    static String describe(JSObject value) {
        return Nodes.isNode(value) ? "a node named " + JsProperties.getText(value, "nodeName")
                : "a JavaScript " + JSObjects.typeOf(value);
    }

    @JSBody(params = "v", script = "return typeof v === 'object' && v !== null && v.nodeType === 1;")
    static native boolean isElement(JSObject v);

}
