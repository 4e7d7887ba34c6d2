package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;

/**
 * Java's text for {@code double} and {@code float} values ({@code 42.0}, {@code 3.14159},
 * {@code 1.0E10}, {@code NaN}), made from the browser's own shortest round-trip digits. Pekoe's
 * compiler plugin routes {@code StringBuilder.append(double)} and with it {@code Double.toString}
 * here, which keeps TeaVM's large number formatter out of every bundle.
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
}
