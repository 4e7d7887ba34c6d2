package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A list of suggestions for an {@code <input list=...>}, {@code <datalist>}. */
public final class DataListElement extends TypedElement<DataListElement> implements HasOptions {
    /** Creates a new, empty {@code <datalist>}; the factory {@code Web.datalist(...)} is the usual way. */
    public DataListElement() {
        super("datalist");
    }

    /**
     * Views an existing {@code <datalist>}: {@code page.get("id").as(DataListElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public DataListElement(HTMLElement dom) {
        super(dom, "datalist");
    }

    @Override
    protected DataListElement rewrap(HTMLElement copy) {
        return new DataListElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "";
    }

    /** A String becomes an option of that name, a {@code Map.Entry} an option with a name and a value. */
    @Override
    protected Object child(Object item) {
        return Options.optionFor(item);
    }
}
