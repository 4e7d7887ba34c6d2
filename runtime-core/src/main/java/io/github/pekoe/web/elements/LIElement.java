package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A list item, {@code <li>}. */
public final class LIElement extends TypedElement<LIElement> {
    /** Creates a new, empty {@code <li>}; the factory {@code Web.li(...)} is the usual way. */
    public LIElement() {
        super("li");
    }

    /**
     * Views an existing {@code <li>}: {@code page.get("id").as(LIElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public LIElement(HTMLElement dom) {
        super(dom, "li");
    }

    @Override
    protected LIElement rewrap(HTMLElement copy) {
        return new LIElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "value";
    }

    /** The ordinal value of the item in an ordered list. */
    public int value() {
        return (int) number("value");
    }

    /** Sets the ordinal value of the item in an ordered list. */
    public LIElement value(int value) {
        return number("value", value);
    }
}
