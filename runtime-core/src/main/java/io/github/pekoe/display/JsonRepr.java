package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/**
 * An object that {@code display()} shows as JSON text (PyScript's {@code _repr_json_}), escaped so it
 * reads as text. Return the JSON text itself; other values are shown as their {@code toString()}.
 */
public interface JsonRepr extends Representable {
    /** The {@code application/json} MIME type. */
    String MIME = "application/json";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    @Nullable Object reprJson();
}
