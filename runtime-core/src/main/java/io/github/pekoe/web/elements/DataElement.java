package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A value with a machine-readable form, {@code <data>}. */
public final class DataElement extends TypedElement<DataElement> implements HasValue<DataElement> {
    /** Creates a new, empty {@code <data>}; the factory {@code Web.data(...)} is the usual way. */
    public DataElement() {
        super("data");
    }

    /**
     * Views an existing {@code <data>}: {@code page.get("id").as(DataElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public DataElement(HTMLElement dom) {
        super(dom, "data");
    }

    @Override
    protected DataElement rewrap(HTMLElement copy) {
        return new DataElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "value";
    }
}
