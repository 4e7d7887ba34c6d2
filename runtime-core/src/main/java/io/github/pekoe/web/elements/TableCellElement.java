package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A table cell, {@code <td>} or header cell {@code <th>}. */
public final class TableCellElement extends TypedElement<TableCellElement> {
    /**
     * Creates a new, empty element named {@code tag}, one of {@code <td>} or {@code <th>}; the
     * factories are the usual way.
     *
     * @throws IllegalArgumentException for another tag
     */
    public TableCellElement(String tag) {
        super(oneOf(tag, "td th"));
    }

    /**
     * Views an existing {@code <td>} or {@code <th>}: {@code page.get("id").as(TableCellElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TableCellElement(HTMLElement dom) {
        super(dom, "td th");
    }

    @Override
    protected TableCellElement rewrap(HTMLElement copy) {
        return new TableCellElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "colSpan rowSpan headers abbr scope";
    }

    /** The number of columns the cell spans. */
    public int colSpan() {
        return (int) number("colSpan");
    }

    /** Sets the number of columns the cell spans. */
    public TableCellElement colSpan(int colSpan) {
        return number("colSpan", colSpan);
    }

    /** The number of rows the cell spans. */
    public int rowSpan() {
        return (int) number("rowSpan");
    }

    /** Sets the number of rows the cell spans. */
    public TableCellElement rowSpan(int rowSpan) {
        return number("rowSpan", rowSpan);
    }

    /** The ids of the header cells of this cell. */
    public String headers() {
        return string("headers");
    }

    /** Sets the ids of the header cells of this cell. */
    public TableCellElement headers(String headers) {
        return string("headers", headers);
    }

    /** A short label of a header cell. */
    public String abbr() {
        return string("abbr");
    }

    /** Sets a short label of a header cell. */
    public TableCellElement abbr(String abbr) {
        return string("abbr", abbr);
    }

    /** The cells a header cell applies to: {@code row}, {@code col}, .... */
    public String scope() {
        return string("scope");
    }

    /** Sets the cells a header cell applies to: {@code row}, {@code col}, .... */
    public TableCellElement scope(String scope) {
        return string("scope", scope);
    }
}
