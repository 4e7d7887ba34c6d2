package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/** An object that {@code display()} shows as SVG markup (PyScript's _repr_svg_). */
public interface SvgRepr extends Representable {
    /** The {@code image/svg+xml} MIME type. */
    String MIME = "image/svg+xml";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    @Nullable Object reprSvg();
}
