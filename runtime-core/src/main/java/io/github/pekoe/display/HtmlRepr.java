package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/** An object that {@code display()} shows as HTML markup, inserted as it is (PyScript's _repr_html_). */
public interface HtmlRepr extends Representable {
    /** The {@code text/html} MIME type. */
    String MIME = "text/html";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    @Nullable Object reprHtml();
}
