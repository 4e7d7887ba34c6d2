package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.html.HTMLElement;

/** The result of a calculation, {@code <output>}. */
public final class OutputElement extends TypedElement<OutputElement>
        implements HasName<OutputElement>, HasValue<OutputElement> {
    /** Creates a new, empty {@code <output>}; the factory {@code Web.output(...)} is the usual way. */
    public OutputElement() {
        super("output");
    }

    /**
     * Views an existing {@code <output>}: {@code page.get("id").as(OutputElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public OutputElement(HTMLElement dom) {
        super(dom, "output");
    }

    @Override
    protected OutputElement rewrap(HTMLElement copy) {
        return new OutputElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value";
    }

    /** The ids of the controls the result is computed from (the {@code for} attribute), or null. */
    public @Nullable String htmlFor() {
        return attr("for");
    }

    /** Sets the ids of the controls the result is computed from, space-separated. */
    public OutputElement htmlFor(String ids) {
        return attr("for", ids);
    }
}
