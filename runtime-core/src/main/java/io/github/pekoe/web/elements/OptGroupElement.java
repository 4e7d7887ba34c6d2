package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A group of options in a {@code <select>}, {@code <optgroup>}. */
public final class OptGroupElement extends TypedElement<OptGroupElement>
        implements HasDisabled<OptGroupElement>, HasOptions {
    /** Creates a new, empty {@code <optgroup>}; the factory {@code Web.optgroup(...)} is the usual way. */
    public OptGroupElement() {
        super("optgroup");
    }

    /**
     * Views an existing {@code <optgroup>}: {@code page.get("id").as(OptGroupElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public OptGroupElement(HTMLElement dom) {
        super(dom, "optgroup");
    }

    @Override
    protected OptGroupElement rewrap(HTMLElement copy) {
        return new OptGroupElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "disabled label";
    }

    /** A String becomes an option of that name, a {@code Map.Entry} an option with a name and a value. */
    @Override
    protected Object child(Object item) {
        return Options.optionFor(item);
    }

    /** The name of the group. */
    public String label() {
        return string("label");
    }

    /** Sets the name of the group. */
    public OptGroupElement label(String label) {
        return string("label", label);
    }
}
