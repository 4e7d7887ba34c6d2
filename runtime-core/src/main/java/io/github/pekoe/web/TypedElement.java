package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The base of the typed elements ({@code InputElement}, {@code AnchorElement}, ...): the setters of
 * {@link Element} return the typed element here, so calls chain in any order, and subclasses read and
 * write their properties with the helpers below.
 *
 * @param <T> the typed element itself
 */
public abstract class TypedElement<T extends TypedElement<T>> extends Element {
    /** Creates a new, detached {@code <tag>}. */
    protected TypedElement(String tag) {
        super(newDom(tag));
    }

    /**
     * Wraps an existing element whose tag is one of {@code tags} (space-separated).
     *
     * @throws IllegalArgumentException if the element has another tag
     */
    protected TypedElement(HTMLElement dom, String tags) {
        super(checked(dom, tags));
    }

    /**
     * Returns {@code tag} when it is one of {@code tags} (space-separated), for constructors of
     * elements that stand for several tags.
     *
     * @throws IllegalArgumentException otherwise
     */
    protected static String oneOf(String tag, String tags) {
        if (tag == null || !WordList.contains(tags, tag)) {
            throw new IllegalArgumentException("'" + tag + "' is not one of <" + WordList.join(tags, ">, <") + ">");
        }
        return tag;
    }

    private static HTMLElement checked(HTMLElement dom, String tags) {
        String tag = dom == null ? "" : NodeOps.current().tag(dom);
        if (!WordList.contains(tags, tag)) {
            throw new IllegalArgumentException("<" + tag + "> cannot be viewed as <" + WordList.join(tags, "> or <")
                    + ">: view it as a plain Element");
        }
        return dom;
    }

    /** Wraps {@code copy}, a clone of this element's node, in this typed class. */
    @Override
    protected abstract T rewrap(HTMLElement copy);

    /** This element, as its own type. */
    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }

    /** The string property {@code name}, or null. */
    protected final String string(String name) {
        return ops().textProperty(dom(), name);
    }

    /** Sets the string property {@code name}, refusing null, which the DOM would store as {@code "null"}. */
    protected final T string(String name, String value) {
        ops().textProperty(dom(), name, Arguments.notNull(value, name));
        return self();
    }

    /** The boolean property {@code name}. */
    protected final boolean bool(String name) {
        return ops().boolProperty(dom(), name);
    }

    /** Sets the boolean property {@code name}. */
    protected final T bool(String name, boolean value) {
        ops().boolProperty(dom(), name, value);
        return self();
    }

    /** The numeric property {@code name}. */
    protected final double number(String name) {
        return ops().numberProperty(dom(), name);
    }

    /** Sets the numeric property {@code name}. */
    protected final T number(String name, double value) {
        ops().numberProperty(dom(), name, value);
        return self();
    }

    /** Calls the DOM method {@code name} with no arguments, such as {@code showModal}. */
    protected final T call(String name) {
        ops().invoke(dom(), name);
        return self();
    }

    @Override
    public T with(Object... content) {
        super.with(content);
        return self();
    }

    @Override
    public T append(Object... items) {
        super.append(items);
        return self();
    }

    @Override
    public T append(Element child) {
        super.append(child);
        return self();
    }

    @Override
    public T append(String text) {
        super.append(text);
        return self();
    }

    @Override
    public T remove() {
        super.remove();
        return self();
    }

    @Override
    public T text(@Nullable String text) {
        super.text(text);
        return self();
    }

    @Override
    public T html(@Nullable String markup) {
        super.html(markup);
        return self();
    }

    @Override
    public T id(String id) {
        super.id(id);
        return self();
    }

    @Override
    public T title(String title) {
        super.title(title);
        return self();
    }

    @Override
    public T lang(String lang) {
        super.lang(lang);
        return self();
    }

    @Override
    public T dir(String dir) {
        super.dir(dir);
        return self();
    }

    @Override
    public T hidden(boolean hidden) {
        super.hidden(hidden);
        return self();
    }

    @Override
    public T tabIndex(int tabIndex) {
        super.tabIndex(tabIndex);
        return self();
    }

    @Override
    public T accessKey(String accessKey) {
        super.accessKey(accessKey);
        return self();
    }

    @Override
    public T draggable(boolean draggable) {
        super.draggable(draggable);
        return self();
    }

    @Override
    public T spellcheck(boolean spellcheck) {
        super.spellcheck(spellcheck);
        return self();
    }

    @Override
    public T replaceChildren(Object... items) {
        super.replaceChildren(items);
        return self();
    }

    @Override
    public T innerText(String text) {
        super.innerText(text);
        return self();
    }

    @Override
    public T autofocus(boolean autofocus) {
        super.autofocus(autofocus);
        return self();
    }

    @Override
    public T inert(boolean inert) {
        super.inert(inert);
        return self();
    }

    @Override
    public T translate(boolean translate) {
        super.translate(translate);
        return self();
    }

    @Override
    public T autocapitalize(String autocapitalize) {
        super.autocapitalize(autocapitalize);
        return self();
    }

    @Override
    public T contentEditable(String contentEditable) {
        super.contentEditable(contentEditable);
        return self();
    }

    @Override
    public T enterKeyHint(String enterKeyHint) {
        super.enterKeyHint(enterKeyHint);
        return self();
    }

    @Override
    public T inputMode(String inputMode) {
        super.inputMode(inputMode);
        return self();
    }

    @Override
    public T nonce(String nonce) {
        super.nonce(nonce);
        return self();
    }

    @Override
    public T slot(String slot) {
        super.slot(slot);
        return self();
    }

    @Override
    public T popover(String popover) {
        super.popover(popover);
        return self();
    }

    @Override
    public T part(String part) {
        super.part(part);
        return self();
    }

    @Override
    public T attr(String name, String value) {
        super.attr(name, value);
        return self();
    }

    @Override
    public T removeAttr(String name) {
        super.removeAttr(name);
        return self();
    }

    @Override
    public T prop(String name, Object value) {
        super.prop(name, value);
        return self();
    }

    @Override
    public T update(Object classes, Map<String, ?> style, Map<String, ?> properties) {
        super.update(classes, style, properties);
        return self();
    }

    @Override
    public T update(Map<String, ?> properties) {
        super.update(properties);
        return self();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T clone() {
        return (T) super.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public T clone(String id) {
        return (T) super.clone(id);
    }
}
