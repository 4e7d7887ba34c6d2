package io.github.pekoe.internal.text;

import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;


/**
 * {@code String.format} and {@code String.formatted} for format strings that Pekoe's compiler plugin
 * has checked: the conversions {@code %s %S %b %B %c %C %d %x %X %o %f %e %E %g %G %n %%}, the flags
 * {@code - 0 + ,}, widths, precisions and argument indexes ({@code %2$s}). The text is Java's for
 * {@code Locale.ROOT}; a wrong argument type throws Java's exception, and a {@link Formattable}
 * argument writes itself, as in Java. TeaVM's Formatter, which
 * brings its decimal formatting and locale tables (about 50 KB gzip), stays out of the bundle.
 */
public final class JavaFormat {
    private JavaFormat() {
    }

    /** Formats {@code args} by {@code format}, as {@code String.format(format, args)} does. */
    public static String format(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        int ordinary = 0;
        int i = 0;
        while (i < format.length()) {
            int percent = format.indexOf('%', i);
            if (percent < 0) {
                out.append(format, i, format.length());
                break;
            }
            out.append(format, i, percent);
            FormatSpec spec = FormatSpec.read(format, percent);
            i = spec.end;
            if (spec.conversion == '%') {
                out.append(spec.justify("%"));
            } else if (spec.conversion == 'n') {
                out.append(System.lineSeparator());
            } else {
                int index = spec.index > 0 ? spec.index - 1 : ordinary++;
                if (args != null && index >= args.length) {
                    throw new IllegalArgumentException("Format specifier '" + spec.text + "'");
                }
                out.append(field(spec, args == null ? null : args[index]));
            }
        }
        return out.toString();
    }

    /** {@code formatted} with the receiver first, as the compiler plugin calls it. */
    public static String formatted(String format, Object[] args) {
        return format(format, args);
    }

    private static String field(FormatSpec spec, Object arg) {
        char c = spec.conversion;
        if (c == 'b') {
            return text(spec, String.valueOf(arg == null ? false : arg instanceof Boolean ? (Boolean) arg : true));
        }
        if (arg == null) {
            return text(spec, "null");
        }
        if (c == 's') {
            return arg instanceof Formattable ? formattable(spec, (Formattable) arg) : text(spec, arg.toString());
        }
        if (c == 'c') {
            return text(spec, character(arg));
        }
        if (c == 'd' || c == 'x' || c == 'o') {
            return NumberFields.integer(spec, arg);
        }
        return NumberFields.decimalFloat(spec, arg);
    }

    /** Java hands a {@link Formattable} argument of {@code %s} a Formatter to write itself into. */
    private static String formattable(FormatSpec spec, Formattable arg) {
        StringBuilder out = new StringBuilder();
        int flags = (spec.has(FormatSpec.LEFT) ? FormattableFlags.LEFT_JUSTIFY : 0)
                | (spec.upperCase ? FormattableFlags.UPPERCASE : 0);
        arg.formatTo(new Formatter(out), flags, spec.width, spec.precision);
        return out.toString();
    }

    private static String text(FormatSpec spec, String value) {
        if (spec.precision >= 0 && spec.precision < value.length()) {
            value = value.substring(0, spec.precision);
        }
        return spec.justify(spec.upperCase ? value.toUpperCase() : value);
    }

    private static String character(Object arg) {
        if (arg instanceof Character) {
            return arg.toString();
        }
        int codePoint;
        if (arg instanceof Integer) {
            codePoint = (Integer) arg;
        } else if (arg instanceof Short) {
            codePoint = (Short) arg;
        } else if (arg instanceof Byte) {
            codePoint = (Byte) arg;
        } else {
            throw new ConversionMismatch('c', arg.getClass());
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new BadCodePoint(codePoint);
        }
        return new String(Character.toChars(codePoint));
    }
}
