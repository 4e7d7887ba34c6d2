package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A disclosure widget, {@code <details>}. */
public final class DetailsElement extends TypedElement<DetailsElement> {
    /** Creates a new, empty {@code <details>}; the factory {@code Web.details(...)} is the usual way. */
    public DetailsElement() {
        super("details");
    }

    /**
     * Views an existing {@code <details>}: {@code page.get("id").as(DetailsElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public DetailsElement(HTMLElement dom) {
        super(dom, "details");
    }

    @Override
    protected DetailsElement rewrap(HTMLElement copy) {
        return new DetailsElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "open";
    }

    /** Tells whether the details are shown. */
    public boolean isOpen() {
        return bool("open");
    }

    /** Sets whether the details are shown. */
    public DetailsElement open(boolean open) {
        return bool("open", open);
    }
}
