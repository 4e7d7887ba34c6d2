package io.github.pekoe.web;

import io.github.pekoe.web.elements.TableCellElement;
import io.github.pekoe.web.elements.TableColElement;

/**
 * Tag factories for table content (MDN).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class TableTags extends MediaTags {
    TableTags() {
    }

    /** A new {@code <caption>}: the caption of a table. */
    public static Element caption(Object... content) {
        return Element.create("caption", content);
    }

    /** A new {@code <col>}: a column; it takes no children. */
    public static TableColElement col(Object... content) {
        return new TableColElement("col").with(content);
    }

    /** A new {@code <colgroup>}: a group of columns. */
    public static TableColElement colgroup(Object... content) {
        return new TableColElement("colgroup").with(content);
    }

    /** A new {@code <table>}: a table. */
    public static Element table(Object... content) {
        return Element.create("table", content);
    }

    /** A new {@code <tbody>}: the body rows of a table. */
    public static Element tbody(Object... content) {
        return Element.create("tbody", content);
    }

    /** A new {@code <td>}: a data cell. */
    public static TableCellElement td(Object... content) {
        return new TableCellElement("td").with(content);
    }

    /** A new {@code <tfoot>}: the footer rows of a table. */
    public static Element tfoot(Object... content) {
        return Element.create("tfoot", content);
    }

    /** A new {@code <th>}: a header cell. */
    public static TableCellElement th(Object... content) {
        return new TableCellElement("th").with(content);
    }

    /** A new {@code <thead>}: the header rows of a table. */
    public static Element thead(Object... content) {
        return Element.create("thead", content);
    }

    /** A new {@code <tr>}: a row. */
    public static Element tr(Object... content) {
        return Element.create("tr", content);
    }
}
