package io.github.pekoe.internal.text;

import java.util.IllegalFormatCodePointException;

/**
 * Java's {@link IllegalFormatCodePointException} with Java's message ({@code Code point = 0xffffffff});
 * TeaVM's class writes another text.
 */
final class BadCodePoint extends IllegalFormatCodePointException {
    private static final long serialVersionUID = 1L;

    BadCodePoint(int codePoint) {
        super(codePoint);
    }

    /** {@code Code point = 0x110000}, as Java writes it. */
    @Override
    public String getMessage() {
        return "Code point = 0x" + Integer.toHexString(getCodePoint());
    }
}
