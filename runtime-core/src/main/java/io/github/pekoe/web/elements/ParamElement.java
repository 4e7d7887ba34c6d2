package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A parameter of an {@code <object>}, {@code <param>} (obsolete in HTML, kept for PyScript parity). */
public final class ParamElement extends TypedElement<ParamElement>
        implements HasName<ParamElement>, HasValue<ParamElement> {
    /** Creates a new, empty {@code <param>}; the factory {@code Web.param(...)} is the usual way. */
    public ParamElement() {
        super("param");
    }

    /**
     * Views an existing {@code <param>}: {@code page.get("id").as(ParamElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ParamElement(HTMLElement dom) {
        super(dom, "param");
    }

    @Override
    protected ParamElement rewrap(HTMLElement copy) {
        return new ParamElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value";
    }
}
