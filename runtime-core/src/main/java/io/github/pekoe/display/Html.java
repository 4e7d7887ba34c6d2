package io.github.pekoe.display;

import org.jspecify.annotations.Nullable;
/**
 * Markup that {@code display()} inserts without escaping (PyScript's {@code HTML}); create it with
 * {@code Pekoe.HTML("<b>bold</b>")}. Only wrap markup you trust.
 */
public final class Html implements HtmlRepr {
    private final String markup;

    /** Wraps {@code markup}; null becomes empty. */
    public Html(@Nullable String markup) {
        this.markup = markup == null ? "" : markup;
    }

    @Override
    public Object reprHtml() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}
