package io.github.pekoe.web;

import io.github.pekoe.web.elements.AnchorElement;
import io.github.pekoe.web.elements.DataElement;
import io.github.pekoe.web.elements.ModElement;
import io.github.pekoe.web.elements.QuoteElement;
import io.github.pekoe.web.elements.TimeElement;

/**
 * Tag factories for inline text semantics and demarcated edits (MDN).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class InlineTags extends TextTags {
    InlineTags() {
    }

    /** A new {@code <a>}: a link. */
    public static AnchorElement a(Object... content) {
        return new AnchorElement().with(content);
    }

    /** A new {@code <abbr>}: an abbreviation. */
    public static Element abbr(Object... content) {
        return Element.create("abbr", content);
    }

    /** A new {@code <b>}: text drawn to attention, in bold. */
    public static Element b(Object... content) {
        return Element.create("b", content);
    }

    /** A new {@code <br>}: a line break; it takes no children. */
    public static Element br(Object... content) {
        return Element.create("br", content);
    }

    /** A new {@code <cite>}: the title of a work. */
    public static Element cite(Object... content) {
        return Element.create("cite", content);
    }

    /** A new {@code <code>}: a fragment of code. */
    public static Element code(Object... content) {
        return Element.create("code", content);
    }

    /** A new {@code <data>}: a value with a machine-readable form. */
    public static DataElement data(Object... content) {
        return new DataElement().with(content);
    }

    /** A new {@code <em>}: stressed text. */
    public static Element em(Object... content) {
        return Element.create("em", content);
    }

    /** A new {@code <i>}: text in an alternate voice, in italics. */
    public static Element i(Object... content) {
        return Element.create("i", content);
    }

    /** A new {@code <kbd>}: keyboard input. */
    public static Element kbd(Object... content) {
        return Element.create("kbd", content);
    }

    /** A new {@code <mark>}: highlighted text. */
    public static Element mark(Object... content) {
        return Element.create("mark", content);
    }

    /** A new {@code <q>}: an inline quotation. */
    public static QuoteElement q(Object... content) {
        return new QuoteElement("q").with(content);
    }

    /** A new {@code <s>}: text that is no longer accurate. */
    public static Element s(Object... content) {
        return Element.create("s", content);
    }

    /** A new {@code <small>}: side comments and small print. */
    public static Element small(Object... content) {
        return Element.create("small", content);
    }

    /** A new {@code <span>}: a generic inline container. */
    public static Element span(Object... content) {
        return Element.create("span", content);
    }

    /** A new {@code <strong>}: important text. */
    public static Element strong(Object... content) {
        return Element.create("strong", content);
    }

    /** A new {@code <sub>}: subscript. */
    public static Element sub(Object... content) {
        return Element.create("sub", content);
    }

    /** A new {@code <sup>}: superscript. */
    public static Element sup(Object... content) {
        return Element.create("sup", content);
    }

    /** A new {@code <time>}: a date or time. */
    public static TimeElement time(Object... content) {
        return new TimeElement().with(content);
    }

    /** A new {@code <u>}: text with a non-textual annotation, underlined. */
    public static Element u(Object... content) {
        return Element.create("u", content);
    }

    /** A new {@code <var>}: a variable. */
    public static Element var(Object... content) {
        return Element.create("var", content);
    }

    /** A new {@code <wbr>}: a line break opportunity; it takes no children. */
    public static Element wbr(Object... content) {
        return Element.create("wbr", content);
    }

    /** A new {@code <del>}: deleted text. */
    public static ModElement del(Object... content) {
        return new ModElement("del").with(content);
    }

    /** A new {@code <ins>}: inserted text. */
    public static ModElement ins(Object... content) {
        return new ModElement("ins").with(content);
    }
}
