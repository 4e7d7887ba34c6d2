package io.github.pekoe.json;

/**
 * Thrown when text is not valid JSON (RFC 8259), or is valid but not the kind of value asked for.
 * The message names the line and column of the problem; {@link #position()} gives the offset.
 */
public class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates an exception.
     *
     * @param message  the full message, which should already name the line and column
     * @param position the offset in the text, counted in UTF-16 code units from 0, where the problem is
     */
    public JsonException(String message, int position) {
        super(message);
        this.position = position;
    }

    /**
     * Returns the offset in the text, counted in UTF-16 code units from 0, where the problem is.
     *
     * @return the offset of the problem
     */
    public int position() {
        return position;
    }
}
