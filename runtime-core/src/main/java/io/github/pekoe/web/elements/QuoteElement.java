package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A quotation, {@code <blockquote>} or {@code <q>}. */
public final class QuoteElement extends TypedElement<QuoteElement> {
    /**
     * Creates a new, empty element named {@code tag}, one of {@code <blockquote>} or {@code <q>}; the
     * factories are the usual way.
     *
     * @throws IllegalArgumentException for another tag
     */
    public QuoteElement(String tag) {
        super(oneOf(tag, "blockquote q"));
    }

    /**
     * Views an existing {@code <blockquote>} or {@code <q>}: {@code page.get("id").as(QuoteElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public QuoteElement(HTMLElement dom) {
        super(dom, "blockquote q");
    }

    @Override
    protected QuoteElement rewrap(HTMLElement copy) {
        return new QuoteElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "cite";
    }

    /** The address of the source of the quotation. */
    public String cite() {
        return string("cite");
    }

    /** Sets the address of the source of the quotation. */
    public QuoteElement cite(String cite) {
        return string("cite", cite);
    }
}
