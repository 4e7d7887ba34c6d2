package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A table column or group of columns, {@code <col>} or {@code <colgroup>}. */
public final class TableColElement extends TypedElement<TableColElement> {
    /**
     * Creates a new, empty element named {@code tag}, one of {@code <col>} or {@code <colgroup>}; the
     * factories are the usual way.
     *
     * @throws IllegalArgumentException for another tag
     */
    public TableColElement(String tag) {
        super(oneOf(tag, "col colgroup"));
    }

    /**
     * Views an existing {@code <col>} or {@code <colgroup>}: {@code page.get("id").as(TableColElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TableColElement(HTMLElement dom) {
        super(dom, "col colgroup");
    }

    @Override
    protected TableColElement rewrap(HTMLElement copy) {
        return new TableColElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "span";
    }

    /** The number of columns spanned. */
    public int span() {
        return (int) number("span");
    }

    /** Sets the number of columns spanned. */
    public TableColElement span(int span) {
        return number("span", span);
    }
}
