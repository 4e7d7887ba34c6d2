package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A group of form controls, {@code <fieldset>}. */
public final class FieldSetElement extends TypedElement<FieldSetElement>
        implements HasName<FieldSetElement>, HasDisabled<FieldSetElement> {
    /** Creates a new, empty {@code <fieldset>}; the factory {@code Web.fieldset(...)} is the usual way. */
    public FieldSetElement() {
        super("fieldset");
    }

    /**
     * Views an existing {@code <fieldset>}: {@code page.get("id").as(FieldSetElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public FieldSetElement(HTMLElement dom) {
        super(dom, "fieldset");
    }

    @Override
    protected FieldSetElement rewrap(HTMLElement copy) {
        return new FieldSetElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name disabled";
    }
}
