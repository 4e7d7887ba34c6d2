package io.github.pekoe.web;

/**
 * Tag factories for content sectioning (MDN): headings and the parts of a page.
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class SectionTags extends DocumentTags {
    SectionTags() {
    }

    /** A new {@code <address>}: contact information. */
    public static Element address(Object... content) {
        return Element.create("address", content);
    }

    /** A new {@code <article>}: a self-contained composition. */
    public static Element article(Object... content) {
        return Element.create("article", content);
    }

    /** A new {@code <aside>}: content aside from the main content. */
    public static Element aside(Object... content) {
        return Element.create("aside", content);
    }

    /** A new {@code <footer>}: the footer of a section or page. */
    public static Element footer(Object... content) {
        return Element.create("footer", content);
    }

    /** A new {@code <header>}: the header of a section or page. */
    public static Element header(Object... content) {
        return Element.create("header", content);
    }

    /** A new {@code <h1>}: a heading of level 1. */
    public static Element h1(Object... content) {
        return Element.create("h1", content);
    }

    /** A new {@code <h2>}: a heading of level 2. */
    public static Element h2(Object... content) {
        return Element.create("h2", content);
    }

    /** A new {@code <h3>}: a heading of level 3. */
    public static Element h3(Object... content) {
        return Element.create("h3", content);
    }

    /** A new {@code <h4>}: a heading of level 4. */
    public static Element h4(Object... content) {
        return Element.create("h4", content);
    }

    /** A new {@code <h5>}: a heading of level 5. */
    public static Element h5(Object... content) {
        return Element.create("h5", content);
    }

    /** A new {@code <h6>}: a heading of level 6. */
    public static Element h6(Object... content) {
        return Element.create("h6", content);
    }

    /** A new {@code <hgroup>}: a heading with related content. */
    public static Element hgroup(Object... content) {
        return Element.create("hgroup", content);
    }

    /**
     * A new {@code <main>}: the main content of the page; inside a class that declares {@code main(String[])},
     * call it as {@code Web.main(...)}.
     */
    public static Element main(Object... content) {
        return Element.create("main", content);
    }

    /** A new {@code <nav>}: navigation links. */
    public static Element nav(Object... content) {
        return Element.create("nav", content);
    }

    /** A new {@code <section>}: a section of the page. */
    public static Element section(Object... content) {
        return Element.create("section", content);
    }
}
