package io.github.pekoe.web;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.web.NodeOps;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.events.Event;
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
 * {@code a(...)}, ...) they return the typed element. A string setter given null throws an
 * {@code IllegalArgumentException} naming the property (the DOM would store the text {@code "null"});
 * only {@link #attr(String, String)}, {@link #id(String)} and {@link #popover(String)} take null, to remove
 * the attribute, and {@link #text(String)} and {@link #html(String)} take it to empty the element.
 */
public class Element implements NodeHolder {
    /** Properties every HTML element has, as the DOM names them. */
    static final String GLOBAL_PROPERTIES = "accessKey autocapitalize autofocus className contentEditable dir"
            + " draggable enterKeyHint hidden id inert innerHTML innerText inputMode lang nonce outerHTML popover"
            + " slot spellcheck style tabIndex textContent title translate";

    private final HTMLElement dom;
    /** What reaches the node: the DOM itself on the page, the page in a worker. */
    private final NodeOps ops;

    /** Wraps {@code dom}, which must not be null. */
    protected Element(HTMLElement dom) {
        if (dom == null) {
            throw new IllegalArgumentException("an Element needs a DOM element, not null");
        }
        this.dom = dom;
        this.ops = NodeOps.current();
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
     *
     * @throws IllegalArgumentException if {@code tag} is null or not a valid name ({@code "img onerror=x"})
     */
    public static Element create(String tag, Object... content) {
        return new Element(newDom(Arguments.name(tag, "Element.create: the tag"))).with(content);
    }

    /** Creates a detached DOM element named {@code tag}. */
    static HTMLElement newDom(String tag) {
        return NodeOps.current().create(tag);
    }

    /** The DOM element this object stands for (PyScript's {@code _dom_element}). */
    @Override
    public HTMLElement dom() {
        return dom;
    }

    /** What reaches this element's node: the DOM on the page, the page from a worker. */
    NodeOps ops() {
        return ops;
    }

    /** The tag name in lower case: {@code "div"}, {@code "input"}, {@code "my-card"}. */
    public String tag() {
        return ops.tag(dom);
    }

    // ---- content ----

    /**
     * Adds content as the tag factories take it, left to right: each {@code Map} is applied as
     * with {@link #update(Map)}, each handler made by {@code Web.onClick(...)} and its kind is bound,
     * everything else is appended as with {@link #append}.
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
            } else if (item instanceof ElementListener) {
                ((ElementListener) item).bindTo(this);
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
     * @throws IllegalArgumentException for null or any other type, naming it, and for an element that
     *     is this one or holds it
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
     * @throws IllegalArgumentException for null, or a child that is this element or holds it, as
     *     {@link #append(Object...)} does
     */
    public Element append(Element child) {
        if (child == null) {
            throw new IllegalArgumentException("cannot append null to <" + tag() + ">" + Children.KINDS);
        }
        ops.append(dom, child.dom());
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
        ops.appendText(dom, text);
        return this;
    }

    /** Removes this element from its parent, if it has one. */
    public Element remove() {
        ops.remove(dom);
        return this;
    }

    /**
     * Replaces all the element's children with {@code items}, taken as {@link #append(Object...)}
     * takes them; with no items it empties the element (the DOM's {@code replaceChildren}).
     *
     * @throws IllegalArgumentException as {@link #append(Object...)} does; the old children are then gone
     */
    public Element replaceChildren(Object... items) {
        ops.text(dom, null);
        return append(items);
    }

    // ---- the tree ----

    /** The child elements, in order, as a new collection (text nodes are not elements). */
    public ElementCollection children() {
        return ElementCollection.ofNodes(ops.children(dom));
    }

    /** The parent element, or null when this element is detached or the root. */
    public @Nullable Element parent() {
        return wrap(ops.parent(dom));
    }

    /**
     * The descendants that match the CSS selector {@code css}, in document order.
     *
     * @throws IllegalArgumentException if {@code css} is not a valid selector
     */
    public ElementCollection find(String css) {
        return Lookup.find(ops, dom, css);
    }

    /** The descendant with the id {@code id} (a leading {@code #} is allowed), or null. */
    public @Nullable Element get(String id) {
        return Lookup.byId(ops, dom, id);
    }

    // ---- text and markup ----

    /** The text content (PyScript's {@code textContent}). */
    public String text() {
        return ops.text(dom);
    }

    /** Replaces the content with {@code text}, as text: markup in it is shown, not parsed; null empties it. */
    public Element text(@Nullable String text) {
        ops.text(dom, text);
        return this;
    }

    /**
     * The text as rendered (PyScript's {@code innerText}): unlike {@link #text()}, line breaks from
     * {@code <br>} and block elements are kept, and hidden text is left out.
     */
    public String innerText() {
        return ops.textProperty(dom, "innerText");
    }

    /** Replaces the content with {@code text}, as text; each line break becomes a {@code <br>}. */
    public Element innerText(String text) {
        return setString("innerText", text);
    }

    /**
     * The {@code data-*} attributes as a live map (PyScript's {@code dataset}): {@code "userId"} stands
     * for {@code data-user-id}; writes show at once in the page.
     */
    public Dataset dataset() {
        return new Dataset(ops, dom);
    }

    /** The markup inside the element (PyScript's {@code innerHTML}). */
    public String html() {
        return ops.html(dom);
    }

    /**
     * Replaces the content with {@code markup}, parsed as HTML. Only pass markup you trust: it reaches
     * the page through Pekoe's Trusted Types policy {@code pekoe}. Null empties the element, as
     * {@code HTML(null)} is empty.
     */
    public Element html(@Nullable String markup) {
        ops.html(dom, markup == null ? "" : markup);
        return this;
    }

    // ---- global properties ----

    /** The id, or "" when it has none. */
    public String id() {
        return ops.id(dom);
    }

    /** Sets the id; null removes it. */
    public Element id(@Nullable String id) {
        ops.id(dom, id);
        return this;
    }

    /** The advisory title (the tooltip). */
    public String title() {
        return ops.textProperty(dom, "title");
    }

    /** Sets the advisory title (the tooltip). */
    public Element title(String title) {
        return setString("title", title);
    }

    /** The language of the content, such as {@code "en"}. */
    public String lang() {
        return ops.textProperty(dom, "lang");
    }

    /** Sets the language of the content. */
    public Element lang(String lang) {
        return setString("lang", lang);
    }

    /** The text direction: {@code "ltr"}, {@code "rtl"}, {@code "auto"} or "". */
    public String dir() {
        return ops.textProperty(dom, "dir");
    }

    /** Sets the text direction. */
    public Element dir(String dir) {
        return setString("dir", dir);
    }

    /** Tells whether the element is hidden (the {@code hidden} attribute). */
    public boolean isHidden() {
        return ops.hasAttr(dom, "hidden");
    }

    /** Hides or shows the element (the {@code hidden} attribute). */
    public Element hidden(boolean hidden) {
        ops.attr(dom, "hidden", hidden ? "" : null);
        return this;
    }

    /** The position in the keyboard's tab order. */
    public int tabIndex() {
        return (int) ops.numberProperty(dom, "tabIndex");
    }

    /** Sets the position in the keyboard's tab order; -1 takes it out. */
    public Element tabIndex(int tabIndex) {
        ops.numberProperty(dom, "tabIndex", tabIndex);
        return this;
    }

    /** The keyboard shortcut that focuses or activates the element. */
    public String accessKey() {
        return ops.textProperty(dom, "accessKey");
    }

    /** Sets the keyboard shortcut that focuses or activates the element. */
    public Element accessKey(String accessKey) {
        return setString("accessKey", accessKey);
    }

    /** Tells whether the element can be dragged. */
    public boolean isDraggable() {
        return ops.boolProperty(dom, "draggable");
    }

    /** Lets the element be dragged, or not. */
    public Element draggable(boolean draggable) {
        ops.boolProperty(dom, "draggable", draggable);
        return this;
    }

    /** Tells whether the browser checks the spelling of the content. */
    public boolean isSpellcheck() {
        return ops.boolProperty(dom, "spellcheck");
    }

    /** Turns spell checking of the content on or off. */
    public Element spellcheck(boolean spellcheck) {
        ops.boolProperty(dom, "spellcheck", spellcheck);
        return this;
    }

    /** Tells whether the element is focused when the page or dialog opens. */
    public boolean isAutofocus() {
        return ops.boolProperty(dom, "autofocus");
    }

    /** Sets whether the element is focused when the page or dialog opens. */
    public Element autofocus(boolean autofocus) {
        ops.boolProperty(dom, "autofocus", autofocus);
        return this;
    }

    /** Tells whether the element and its content ignore the user (no clicks, focus or find). */
    public boolean isInert() {
        return ops.boolProperty(dom, "inert");
    }

    /** Sets whether the element and its content ignore the user (no clicks, focus or find). */
    public Element inert(boolean inert) {
        ops.boolProperty(dom, "inert", inert);
        return this;
    }

    /** Tells whether the content may be translated by the browser. */
    public boolean isTranslate() {
        return ops.boolProperty(dom, "translate");
    }

    /** Sets whether the content may be translated by the browser. */
    public Element translate(boolean translate) {
        ops.boolProperty(dom, "translate", translate);
        return this;
    }

    /** How typed text is capitalised: {@code "off"}, {@code "sentences"}, {@code "words"}, {@code "characters"}. */
    public String autocapitalize() {
        return ops.textProperty(dom, "autocapitalize");
    }

    /** Sets how typed text is capitalised. */
    public Element autocapitalize(String autocapitalize) {
        return setString("autocapitalize", autocapitalize);
    }

    /** Whether the user may edit the content: {@code "true"}, {@code "false"}, {@code "plaintext-only"} or {@code "inherit"}. */
    public String contentEditable() {
        return ops.textProperty(dom, "contentEditable");
    }

    /** Sets whether the user may edit the content. */
    public Element contentEditable(String contentEditable) {
        return setString("contentEditable", contentEditable);
    }

    /** The label of the virtual keyboard's enter key: {@code "enter"}, {@code "done"}, {@code "go"}, {@code "next"}, {@code "search"}, {@code "send"}, ... */
    public String enterKeyHint() {
        return ops.textProperty(dom, "enterKeyHint");
    }

    /** Sets the label of the virtual keyboard's enter key. */
    public Element enterKeyHint(String enterKeyHint) {
        return setString("enterKeyHint", enterKeyHint);
    }

    /** The virtual keyboard to show: {@code "text"}, {@code "numeric"}, {@code "email"}, ... */
    public String inputMode() {
        return ops.textProperty(dom, "inputMode");
    }

    /** Sets the virtual keyboard to show. */
    public Element inputMode(String inputMode) {
        return setString("inputMode", inputMode);
    }

    /** The Content Security Policy nonce. */
    public String nonce() {
        return ops.textProperty(dom, "nonce");
    }

    /** Sets the Content Security Policy nonce. */
    public Element nonce(String nonce) {
        return setString("nonce", nonce);
    }

    /** The name of the shadow DOM slot the element goes into. */
    public String slot() {
        return ops.textProperty(dom, "slot");
    }

    /** Sets the name of the shadow DOM slot the element goes into. */
    public Element slot(String slot) {
        return setString("slot", slot);
    }

    /** The popover state: {@code "auto"}, {@code "manual"}, {@code "hint"}, or null when the element is no popover. */
    public @Nullable String popover() {
        String written = ops.attr(dom, "popover");
        if (written == null) {
            return null;
        }
        String state = ops.textProperty(dom, "popover");
        return state != null ? state : written.isEmpty() ? "auto" : written;
    }

    /** Makes the element a popover ({@code "auto"}, {@code "manual"}, ...); null makes it none. */
    public Element popover(@Nullable String popover) {
        return attr("popover", popover);
    }

    /** The shadow part names (the {@code part} attribute), or "" when it has none. */
    public String part() {
        String part = ops.attr(dom, "part");
        return part == null ? "" : part;
    }

    /** Sets the shadow part names, space-separated, for {@code ::part()} rules outside its shadow tree. */
    public Element part(String part) {
        return attr("part", part);
    }

    /** Sets the string property {@code name}, refusing null, which the DOM would store as {@code "null"}. */
    private Element setString(String name, String value) {
        ops.textProperty(dom, name, Arguments.notNull(value, name));
        return this;
    }

    // ---- attributes and properties by name ----

    /**
     * The attribute {@code name} as written in the markup, or null when it is absent.
     *
     * @throws IllegalArgumentException if {@code name} is null
     */
    public @Nullable String attr(String name) {
        return ops.attr(dom, Arguments.notNull(name, "attr: the name"));
    }

    /**
     * Sets the attribute {@code name}; null removes it. Any valid name is allowed ({@code data-*},
     * custom ones).
     *
     * @throws IllegalArgumentException if {@code name} is null or not a valid name ({@code ""}, {@code "a b"})
     */
    public Element attr(String name, @Nullable String value) {
        ops.attr(dom, Arguments.name(name, "attr: the name"), value);
        return this;
    }

    /**
     * Removes the attribute {@code name}; nothing happens when it is absent.
     *
     * @throws IllegalArgumentException if {@code name} is null
     */
    public Element removeAttr(String name) {
        ops.attr(dom, Arguments.notNull(name, "removeAttr: the name"), null);
        return this;
    }

    /**
     * Tells whether the attribute {@code name} is present.
     *
     * @throws IllegalArgumentException if {@code name} is null
     */
    public boolean hasAttr(String name) {
        return ops.hasAttr(dom, Arguments.notNull(name, "hasAttr: the name"));
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
        return new Classes(dom, ops);
    }

    /** The inline style, as a live map that takes {@code background-color} and {@code backgroundColor} alike. */
    public Style style() {
        return new Style(ops, dom);
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

    /**
     * A deep copy of the element, detached and without an id, so that the page keeps its ids unique
     * (PyScript's {@code clone()}, whose {@code clone_id} is None). Ids inside it are copied.
     */
    @Override
    public Element clone() {
        return clone(null);
    }

    /** A deep copy of the element, detached, with the id {@code id} (null: no id). */
    public Element clone(@Nullable String id) {
        return rewrap(ops.cloneDeep(dom)).id(id);
    }

    /** Wraps a copy of this element's node in the same Java type; typed elements override it. */
    protected Element rewrap(HTMLElement copy) {
        return new Element(copy);
    }

    /** Scrolls the page until the element is in view (PyScript's {@code show_me}). */
    public void showMe() {
        ops.invoke(dom, "scrollIntoView");
    }

    /**
     * The element's {@code type} event, for {@code when(element.event("click"), handler)} (PyScript's
     * {@code on_click} and {@code get_event}); the {@code onClick()} family names the common ones.
     *
     * @throws IllegalArgumentException if the element has no such event (no {@code on<type>}
     *     property, as for {@code "chicken"}); custom events go to {@link #on(String, EventHandler)}
     */
    public ElementEvent event(String type) {
        return new ElementEvent(this, type);
    }

    /** The element's {@code click} event: a click (or a press of Enter or Space on it). */
    public ElementEvent onClick() {
        return event("click");
    }

    /** The element's {@code dblclick} event: a double click. */
    public ElementEvent onDblClick() {
        return event("dblclick");
    }

    /** The element's {@code input} event: each change of its value as the user types. */
    public ElementEvent onInput() {
        return event("input");
    }

    /** The element's {@code change} event: a committed change of its value. */
    public ElementEvent onChange() {
        return event("change");
    }

    /** The element's {@code submit} event: the submission of a form. */
    public ElementEvent onSubmit() {
        return event("submit");
    }

    /** The element's {@code keydown} event: a key pressed. */
    public ElementEvent onKeyDown() {
        return event("keydown");
    }

    /** The element's {@code keyup} event: a key released. */
    public ElementEvent onKeyUp() {
        return event("keyup");
    }

    /** The element's {@code focus} event: its gaining the focus. */
    public ElementEvent onFocus() {
        return event("focus");
    }

    /** The element's {@code blur} event: its losing the focus. */
    public ElementEvent onBlur() {
        return event("blur");
    }

    /**
     * Calls {@code handler} with each {@code type} event the element receives ({@code "click"},
     * {@code "input"}, ...), as {@code when(type, element, handler)} does: the handler runs at once
     * inside the dispatch, on a thread of its own, so it may call {@code preventDefault()} and then
     * block; what it throws is reported on the page, and it runs again next time. In a worker the
     * handler runs in the worker after the page's dispatch, so declare
     * {@code new WhenOptions().preventDefault()} (or {@code stopPropagation()}) and the page applies it
     * (see {@code Pekoe.when}); on the page the option means the same.
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

    /** As {@link #on(String, WhenOptions, EventHandler)}, for a handler that does not need the event. */
    public Binding on(String type, WhenOptions options, SimpleHandler handler) {
        return Bindings.on(dom, type, options, Bindings.ignoringEvent(handler));
    }

    /**
     * Views this element as a typed one: {@code page.get("name").as(InputElement::new)}.
     *
     * @throws IllegalArgumentException if the type is null or the typed element does not fit this tag
     */
    public <E extends Element> E as(Function<? super HTMLElement, E> type) {
        return Arguments.notNull(type, "as: the type").apply(dom);
    }

    /**
     * The element an event was sent to ({@code event.target}) as a web {@code Element}, or null when it
     * has none; view it typed with {@link #as}.
     *
     * @throws IllegalArgumentException if the target is not an element (the window, a text node)
     */
    public static @Nullable Element targetOf(Event event) {
        if (event == null) {
            throw new IllegalArgumentException("Element.targetOf takes an event, not null");
        }
        return wrap(event.getTarget());
    }

    /** True when {@code other} is an {@code Element} for the same DOM node. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Element && ops.same(((Element) other).dom, dom);
    }

    /** A number kept on the DOM node, so every Element of one node has the same hash. */
    @Override
    public int hashCode() {
        return ops.hash(dom);
    }

    /** The element's markup, itself included (its {@code outerHTML}). */
    @Override
    public String toString() {
        return ops.textProperty(dom, "outerHTML");
    }

    /** Names a JavaScript value for an error message: "a node named #text", "a JavaScript object". */
    static String describe(JSObject value) {
        return Nodes.isNode(value) ? "a node named " + JsProperties.getText(value, "nodeName")
                : "a JavaScript " + JSObjects.typeOf(value);
    }

    @JSBody(params = "v", script = "return typeof v === 'object' && v !== null && v.nodeType === 1;")
    static native boolean isElement(JSObject v);

}
