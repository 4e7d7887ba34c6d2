package io.github.pekoe.internal.text;

import java.util.IllegalFormatConversionException;

/**
 * Java's {@link IllegalFormatConversionException} with Java's message ({@code d != java.lang.String});
 * TeaVM's class writes another text.
 */
final class ConversionMismatch extends IllegalFormatConversionException {
    private static final long serialVersionUID = 1L;

    ConversionMismatch(char conversion, Class<?> argument) {
        super(conversion, argument);
    }

    /** {@code d != java.lang.String}, as Java writes it. */
    @Override
    public String getMessage() {
        return getConversion() + " != " + getArgumentClass().getName();
    }
}
