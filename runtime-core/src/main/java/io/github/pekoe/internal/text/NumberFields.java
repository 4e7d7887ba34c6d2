package io.github.pekoe.internal.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The numeric conversions of Java's Formatter: {@code %d}, {@code %x}, {@code %o} for {@code Byte},
 * {@code Short}, {@code Integer}, {@code Long} and {@code BigInteger}, and {@code %f}, {@code %e},
 * {@code %g} for {@code Float}, {@code Double} and {@code BigDecimal}, with the text Java writes for
 * {@code Locale.ROOT} and {@code Locale.US}.
 */
final class NumberFields {
    private NumberFields() {
    }

    /** {@code %d}, {@code %x} or {@code %o} of {@code arg}. */
    static String integer(FormatSpec spec, Object arg) {
        if (arg instanceof BigInteger) {
            // only toString(): a call to BigInteger's own methods would bring its arithmetic into the bundle
            String text = arg.toString();
            boolean negative = text.startsWith("-");
            String digits = negative ? text.substring(1) : text;
            if (spec.conversion == 'd') {
                return decimal(spec, digits, negative);
            }
            return radix(spec, Radix.convert(digits, spec.conversion == 'x' ? 16 : 8), negative ? "-" : "");
        }
        long value;
        int bits;
        if (arg instanceof Integer) {
            value = (Integer) arg;
            bits = 32;
        } else if (arg instanceof Long) {
            value = (Long) arg;
            bits = 64;
        } else if (arg instanceof Short) {
            value = (Short) arg;
            bits = 16;
        } else if (arg instanceof Byte) {
            value = (Byte) arg;
            bits = 8;
        } else {
            throw new ConversionMismatch(spec.conversion, arg.getClass());
        }
        if (spec.conversion == 'd') {
            String digits = Long.toString(value);
            return decimal(spec, value < 0 ? digits.substring(1) : digits, value < 0);
        }
        if (value < 0 && bits < 64) {
            value += 1L << bits;
        }
        return radix(spec, spec.conversion == 'x' ? Long.toHexString(value) : Long.toOctalString(value), "");
    }

    /** {@code %f}, {@code %e} or {@code %g} of {@code arg}. */
    static String decimalFloat(FormatSpec spec, Object arg) {
        if (arg instanceof BigDecimal) {
            // only toString(), as for BigInteger
            String text = arg.toString();
            boolean negative = text.startsWith("-");
            DecimalDigits digits = DecimalDigits.parse(negative ? text.substring(1) : text);
            if (digits.isZero()) {
                digits = DecimalDigits.zero(-DecimalDigits.scale(text));
            }
            return floating(spec, digits, negative);
        }
        double value;
        if (arg instanceof Double) {
            value = (Double) arg;
        } else if (arg instanceof Float) {
            value = (Float) arg;
        } else {
            throw new ConversionMismatch(spec.conversion, arg.getClass());
        }
        boolean negative = Double.compare(value, 0.0) < 0;
        if (Double.isNaN(value)) {
            return spec.justify(spec.upperCase ? "NAN" : "NaN");
        }
        if (Double.isInfinite(value)) {
            String sign = negative ? "-" : spec.has(FormatSpec.PLUS) ? "+" : "";
            return spec.justify(sign + (spec.upperCase ? "INFINITY" : "Infinity"));
        }
        return floating(spec, DecimalDigits.parse(Double.toString(Math.abs(value))), negative);
    }

    private static String floating(FormatSpec spec, DecimalDigits number, boolean negative) {
        StringBuilder out = sign(spec, negative);
        String exponent = null;
        String magnitude;
        if (spec.conversion == 'f') {
            int fraction = spec.precision < 0 ? 6 : spec.precision;
            magnitude = number.roundToFraction(fraction).fixed(fraction);
        } else if (spec.conversion == 'e') {
            int fraction = spec.precision < 0 ? 6 : spec.precision;
            DecimalDigits rounded = number.roundToSignificant(fraction + 1);
            magnitude = rounded.mantissa(fraction);
            exponent = rounded.scientificExponent();
        } else {
            int precision = spec.precision < 0 ? 6 : spec.precision == 0 ? 1 : spec.precision;
            DecimalDigits rounded = number.roundToSignificant(precision);
            int power = rounded.exponent - 1;
            // a zero is plain unless it is a BigDecimal zero with a scale, which Java writes as 0.00000e-02
            if (rounded.isZero() ? power == 0 : power >= -4 && power < precision) {
                magnitude = rounded.fixed(rounded.isZero() ? precision - 1 : precision - power - 1);
            } else {
                magnitude = rounded.mantissa(precision - 1);
                exponent = rounded.scientificExponent();
            }
        }
        int width = spec.width < 0 || exponent == null ? spec.width : spec.width - exponent.length() - 1;
        magnitude(out, magnitude, spec, width);
        if (exponent != null) {
            out.append(spec.upperCase ? 'E' : 'e').append(exponent);
        }
        return spec.justify(out);
    }

    private static String decimal(FormatSpec spec, String digits, boolean negative) {
        StringBuilder out = sign(spec, negative);
        magnitude(out, digits, spec, spec.width);
        return spec.justify(out);
    }

    private static String radix(FormatSpec spec, String digits, String sign) {
        StringBuilder out = new StringBuilder(sign);
        if (spec.has(FormatSpec.ZERO)) {
            for (int i = digits.length() + sign.length(); i < spec.width; i++) {
                out.append('0');
            }
        }
        out.append(spec.upperCase ? digits.toUpperCase() : digits);
        return spec.justify(out);
    }

    private static StringBuilder sign(FormatSpec spec, boolean negative) {
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        } else if (spec.has(FormatSpec.PLUS)) {
            out.append('+');
        }
        return out;
    }

    /** Appends digits (with a point or not), grouped for the {@code ,} flag and zero-padded to {@code width}. */
    private static void magnitude(StringBuilder out, String value, FormatSpec spec, int width) {
        int begin = out.length();
        int dot = value.indexOf('.');
        if (dot < 0) {
            dot = value.length();
        }
        boolean group = spec.has(FormatSpec.GROUP);
        for (int j = 0; j < value.length(); j++) {
            out.append(value.charAt(j));
            if (group && j < dot - 1 && (dot - j) % 3 == 1) {
                out.append(',');
            }
        }
        if (spec.has(FormatSpec.ZERO)) {
            while (out.length() < width) {
                out.insert(begin, '0');
            }
        }
    }
}
