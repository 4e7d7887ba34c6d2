package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import io.github.pekoe.internal.web.NodeOps;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The current page (PyScript's {@code pyscript.web.page}); use the shared {@link Web#page}.
 *
 * <pre>{@code
 * page.title("Tea list");
 * page.append(h1("Teas"), ul(li("Pekoe"), li("Oolong")));
 * Element header = page.get("header");        // by id, with or without '#'; null when absent
 * ElementCollection items = page.find("li");  // by CSS selector; empty when none match
 * }</pre>
 */
public final class Page {
    Page() {
    }

    private static NodeOps ops() {
        return NodeOps.current();
    }

    /** The {@code <html>} element. */
    public Element html() {
        return Element.wrap(ops().root());
    }

    /** The {@code <head>} element. */
    public Element head() {
        return Element.wrap(ops().head());
    }

    /** The {@code <body>} element. */
    public Element body() {
        return Element.wrap(ops().body());
    }

    /** The page's title. */
    public String title() {
        return ops().title();
    }

    /** Sets the page's title. */
    public Page title(String title) {
        ops().title(Arguments.notNull(title, "title"));
        return this;
    }

    /**
     * The elements of the page that match the CSS selector {@code css}, in document order; empty
     * when none do.
     *
     * @throws IllegalArgumentException if {@code css} is not a valid selector
     */
    public ElementCollection find(String css) {
        return Lookup.find(ops(), ops().document(), css);
    }

    /** The element with the id {@code id} (a leading {@code #} is allowed), or null when there is none. */
    public @Nullable Element get(String id) {
        String plain = Lookup.withoutHash(id);
        HTMLElement found = plain.isEmpty() ? null : ops().elementById(plain);
        // getElementById finds elements only, so none of Element.wrap's checks can fail here.
        return found == null ? null : new Element(found);
    }

    /**
     * The element with the id {@code id}, viewed as a typed element, or null when there is none:
     * {@code InputElement name = page.get("name", InputElement::new);}.
     *
     * @throws IllegalArgumentException if the element's tag does not fit the type, naming both
     */
    public <E extends Element> @Nullable E get(String id, Function<? super HTMLElement, E> type) {
        Element found = get(id);
        return found == null ? null : found.as(type);
    }

    /** Appends the items to the {@code <body>}, as {@link Element#append} does. */
    public Page append(Object... items) {
        body().append(items);
        return this;
    }
}
