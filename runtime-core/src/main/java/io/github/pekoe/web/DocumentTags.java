package io.github.pekoe.web;

import io.github.pekoe.web.elements.BaseElement;
import io.github.pekoe.web.elements.LinkElement;
import io.github.pekoe.web.elements.MetaElement;
import io.github.pekoe.web.elements.StyleElement;

/**
 * Tag factories for the document's root, metadata and body (MDN: main root, document metadata, sectioning root).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class DocumentTags {
    DocumentTags() {
    }

    /** A new {@code <html>}: the root of a document. */
    public static Element html(Object... content) {
        return Element.create("html", content);
    }

    /** A new {@code <head>}: the document's metadata. */
    public static Element head(Object... content) {
        return Element.create("head", content);
    }

    /** A new {@code <body>}: the document's content. */
    public static Element body(Object... content) {
        return Element.create("body", content);
    }

    /** A new {@code <base>}: the base address of relative links; it takes no children. */
    public static BaseElement base(Object... content) {
        return new BaseElement().with(content);
    }

    /** A new {@code <link>}: a link to an external resource, such as a style sheet; it takes no children. */
    public static LinkElement link(Object... content) {
        return new LinkElement().with(content);
    }

    /** A new {@code <meta>}: metadata; it takes no children. */
    public static MetaElement meta(Object... content) {
        return new MetaElement().with(content);
    }

    /** A new {@code <style>}: a style sheet. */
    public static StyleElement style(Object... content) {
        return new StyleElement().with(content);
    }

    /** A new {@code <title>}: the document's title. */
    public static Element title(Object... content) {
        return Element.create("title", content);
    }
}
