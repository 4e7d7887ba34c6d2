package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/** An object that {@code display()} shows as JavaScript code run in a script element (PyScript's _repr_javascript_); a strict Content-Security-Policy blocks it. */
public interface JavaScriptRepr extends Representable {
    /** The {@code application/javascript} MIME type. */
    String MIME = "application/javascript";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    @Nullable Object reprJavaScript();
}
