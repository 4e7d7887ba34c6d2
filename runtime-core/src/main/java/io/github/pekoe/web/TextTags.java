package io.github.pekoe.web;

import io.github.pekoe.web.elements.LIElement;
import io.github.pekoe.web.elements.OListElement;
import io.github.pekoe.web.elements.QuoteElement;

/**
 * Tag factories for text content (MDN): blocks, lists and paragraphs; plus {@code grid}.
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class TextTags extends SectionTags {
    TextTags() {
    }

    /** A new {@code <blockquote>}: a quotation set apart. */
    public static QuoteElement blockquote(Object... content) {
        return new QuoteElement("blockquote").with(content);
    }

    /** A new {@code <dd>}: a description in a description list. */
    public static Element dd(Object... content) {
        return Element.create("dd", content);
    }

    /** A new {@code <div>}: a generic block. */
    public static Element div(Object... content) {
        return Element.create("div", content);
    }

    /**
     * A new {@code <div>} laid out as a CSS grid with the columns {@code layout} (such as
     * {@code "1fr 2fr"}), holding {@code content} (PyScript's {@code grid}).
     */
    public static Element grid(String layout, Object... content) {
        Element grid = Element.create("div");
        grid.style().put("display", "grid");
        grid.style().put("grid-template-columns", layout);
        return grid.with(content);
    }

    /** A new {@code <dl>}: a description list. */
    public static Element dl(Object... content) {
        return Element.create("dl", content);
    }

    /** A new {@code <dt>}: a term in a description list. */
    public static Element dt(Object... content) {
        return Element.create("dt", content);
    }

    /** A new {@code <figcaption>}: the caption of a figure. */
    public static Element figcaption(Object... content) {
        return Element.create("figcaption", content);
    }

    /** A new {@code <figure>}: a figure. */
    public static Element figure(Object... content) {
        return Element.create("figure", content);
    }

    /** A new {@code <hr>}: a thematic break; it takes no children. */
    public static Element hr(Object... content) {
        return Element.create("hr", content);
    }

    /** A new {@code <li>}: a list item. */
    public static LIElement li(Object... content) {
        return new LIElement().with(content);
    }

    /** A new {@code <menu>}: a list of commands. */
    public static Element menu(Object... content) {
        return Element.create("menu", content);
    }

    /** A new {@code <ol>}: an ordered list. */
    public static OListElement ol(Object... content) {
        return new OListElement().with(content);
    }

    /** A new {@code <p>}: a paragraph. */
    public static Element p(Object... content) {
        return Element.create("p", content);
    }

    /** A new {@code <pre>}: preformatted text. */
    public static Element pre(Object... content) {
        return Element.create("pre", content);
    }

    /** A new {@code <ul>}: an unordered list. */
    public static Element ul(Object... content) {
        return Element.create("ul", content);
    }
}
