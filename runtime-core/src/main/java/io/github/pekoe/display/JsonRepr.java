package io.github.pekoe.display;

/** An object that {@code display()} shows as JSON text, escaped so it reads as text (PyScript's _repr_json_). */
public interface JsonRepr {
    /** The {@code application/json} MIME type. */
    String MIME = "application/json";

    /**
     * Returns the representation, a {@link MimeData} to add attributes (meta), or null to let
     * {@code display()} try the next representation.
     */
    Object reprJson();
}
