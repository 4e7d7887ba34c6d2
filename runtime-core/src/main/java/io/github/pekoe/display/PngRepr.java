package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/** An object that {@code display()} shows as a PNG image as {@code byte[]} or base64 text (PyScript's _repr_png_). */
public interface PngRepr extends Representable {
    /** The {@code image/png} MIME type. */
    String MIME = "image/png";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    @Nullable Object reprPng();
}
