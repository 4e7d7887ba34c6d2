package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;

/**
 * Java's text for {@code double} and {@code float} values ({@code 42.0}, {@code 3.14159},
 * {@code 1.0E10}, {@code NaN}), made from the browser's own shortest round-trip digits, and for
 * {@code int} and {@code long} values in any radix. Pekoe's compiler plugin routes {@code StringBuilder.append(double)}
 * and with it {@code Double.toString} here, which keeps TeaVM's large number formatter out of every
 * bundle, and {@code StringBuilder.append(int)} and {@code append(long)} with {@code Integer.toString},
 * {@code Long.toString} and their hexadecimal, octal and binary forms, which keeps out their digit loops.
 */
public final class NumberText {
    private NumberText() {
    }

    /**
     * Returns {@code value} as {@link Double#toString(double)} writes it. A plain Java method on
     * purpose: the compiler plugin inserts calls to it after TeaVM's JavaScript interop has processed
     * the class it inserts them into, so the call must not go to a {@code @JSBody} method directly.
     */
    public static String formatDouble(double value) {
        return shortestText(value);
    }

    @JSBody(params = "d", script = ""
            + "if (d !== d || d === 1 / 0 || d === -1 / 0) { return String(d); }"
            + "if (d === 0) { return 1 / d < 0 ? '-0.0' : '0.0'; }"
            + "var a = d < 0 ? -d : d, e = a.toExponential(), at = e.indexOf('e');"
            + "var digits = e.substring(0, at).replace('.', ''), exp = +e.substring(at + 1);"
            + "var s = d < 0 ? '-' : '';"
            + "if (a < 0.001 || a >= 10000000) {"
            + "  return s + digits.charAt(0) + '.' + (digits.substring(1) || '0') + 'E' + exp;"
            + "}"
            + "if (exp < 0) { return s + '0.' + '0'.repeat(-exp - 1) + digits; }"
            + "while (digits.length < exp + 2) { digits += '0'; }"
            + "return s + digits.substring(0, exp + 1) + '.' + digits.substring(exp + 1);")
    private static native String shortestText(double value);

    /** Returns {@code value} as {@link Float#toString(float)} writes it: the shortest digits that identify the float. */
    public static String formatFloat(float value) {
        return formatDouble(shortestDecimal(value));
    }

    @JSBody(params = "f", script = ""
            + "if (f !== f || f === Infinity || f === -Infinity || f === 0) { return f; }"
            + "for (var p = 1; p < 9; p++) {"
            + "  var candidate = Number(f.toPrecision(p));"
            + "  if (Math.fround(candidate) === f) { return candidate; }"
            + "}"
            + "return Number(f.toPrecision(9));")
    private static native double shortestDecimal(float value);

    /**
     * Returns {@code value} in {@code radix}, 2 to 36 (the builder's callers check it), as
     * {@link Integer#toString(int, int)} writes it: lowercase digits, a minus sign for negative
     * values. A plain Java method for the reason {@link #formatDouble} is.
     */
    public static String formatInt(int value, int radix) {
        return intText(value, radix);
    }

    /**
     * Returns {@code value} in {@code radix} as {@link Long#toString(long, int)} writes it: as
     * {@link #formatInt} does, and radix 10 for a radix outside 2 to 36.
     */
    public static String formatLong(long value, int radix) {
        return longText(value, radix < 2 || radix > 36 ? 10 : radix);
    }

    @JSBody(params = { "i", "r" }, script = "return i.toString(r);")
    private static native String intText(int value, int radix);

    /** {@code value} is a BigInt, as TeaVM's JavaScript holds every {@code long}. */
    @JSBody(params = { "l", "r" }, script = "return l.toString(r);")
    private static native String longText(long value, int radix);

    /**
     * Returns {@code value} read as unsigned, in radix {@code 2^radixLog2}, as
     * {@link Integer#toHexString(int)}, {@code toOctalString} and {@code toBinaryString} write it.
     */
    public static String formatUnsigned(int value, int radixLog2) {
        return unsignedText(value, radixLog2);
    }

    /** As {@link #formatUnsigned(int, int)}, for {@link Long#toHexString(long)} and its kin. */
    public static String formatUnsignedLong(long value, int radixLog2) {
        return unsignedLongText(value, radixLog2);
    }

    @JSBody(params = { "i", "s" }, script = "return (i >>> 0).toString(1 << s);")
    private static native String unsignedText(int value, int radixLog2);

    @JSBody(params = { "l", "s" }, script = "return BigInt.asUintN(64, l).toString(1 << s);")
    private static native String unsignedLongText(long value, int radixLog2);
}
