package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** An ordered list, {@code <ol>}. */
public final class OListElement extends TypedElement<OListElement> implements HasType<OListElement> {
    /** Creates a new, empty {@code <ol>}; the factory {@code Web.ol(...)} is the usual way. */
    public OListElement() {
        super("ol");
    }

    /**
     * Views an existing {@code <ol>}: {@code page.get("id").as(OListElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public OListElement(HTMLElement dom) {
        super(dom, "ol");
    }

    @Override
    protected OListElement rewrap(HTMLElement copy) {
        return new OListElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "type reversed start";
    }

    /** Tells whether the list counts down. */
    public boolean isReversed() {
        return bool("reversed");
    }

    /** Sets whether the list counts down. */
    public OListElement reversed(boolean reversed) {
        return bool("reversed", reversed);
    }

    /** The number of the first item. */
    public int start() {
        return (int) number("start");
    }

    /** Sets the number of the first item. */
    public OListElement start(int start) {
        return number("start", start);
    }
}
