package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A caption of a form control, {@code <label>}. */
public final class LabelElement extends TypedElement<LabelElement> {
    /** Creates a new, empty {@code <label>}; the factory {@code Web.label(...)} is the usual way. */
    public LabelElement() {
        super("label");
    }

    /**
     * Views an existing {@code <label>}: {@code page.get("id").as(LabelElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public LabelElement(HTMLElement dom) {
        super(dom, "label");
    }

    @Override
    protected LabelElement rewrap(HTMLElement copy) {
        return new LabelElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "htmlFor";
    }

    /** The id of the control the label is for (the {@code for} attribute). */
    public String htmlFor() {
        return string("htmlFor");
    }

    /** Sets the id of the control the label is for (the {@code for} attribute). */
    public LabelElement htmlFor(String htmlFor) {
        return string("htmlFor", htmlFor);
    }
}
