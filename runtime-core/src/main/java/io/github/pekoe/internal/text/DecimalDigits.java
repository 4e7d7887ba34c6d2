package io.github.pekoe.internal.text;

/**
 * A non-negative decimal number as its significant digits and a decimal exponent: the value is
 * {@code 0.digits × 10^exponent}. Java's Formatter rounds such digits half-up ({@code %.2f} of
 * {@code 0.125} is {@code 0.13}), working on the digits {@code Double.toString} prints, not on the
 * binary value; this class does the same.
 */
final class DecimalDigits {
    /** The digits without leading or trailing zeros; empty for zero. */
    final String digits;
    final int exponent;

    private DecimalDigits(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    /**
     * Reads a number written as {@code Double.toString} or {@code BigDecimal.toString} write it,
     * without its sign: {@code 12.5}, {@code 1.0E-5}, {@code 1.23E+7}.
     */
    static DecimalDigits parse(String text) {
        int e = text.indexOf('E');
        int power = 0;
        String mantissa = text;
        if (e >= 0) {
            String exp = text.substring(e + 1);
            power = Integer.parseInt(exp.startsWith("+") ? exp.substring(1) : exp);
            mantissa = text.substring(0, e);
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa;
        int exponent = mantissa.length() + power;
        if (dot >= 0) {
            digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
            exponent = dot + power;
        }
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        int last = digits.length();
        while (last > first && digits.charAt(last - 1) == '0') {
            last--;
        }
        return new DecimalDigits(digits.substring(first, last), first == last ? 1 : exponent - first);
    }

    /**
     * A zero whose scientific exponent is {@code exponent}: Java writes a {@code BigDecimal} zero of
     * scale 2 as {@code 0.000000e-02}.
     */
    static DecimalDigits zero(int exponent) {
        return new DecimalDigits("", exponent + 1);
    }

    /** The scale of a {@code BigDecimal} written as {@code toString} writes it: {@code 0.00} has 2, {@code 0E+3} has -3. */
    static int scale(String text) {
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        int fraction = dot < 0 ? 0 : mantissa.length() - dot - 1;
        if (e < 0) {
            return fraction;
        }
        String exp = text.substring(e + 1);
        return fraction - Integer.parseInt(exp.startsWith("+") ? exp.substring(1) : exp);
    }

    boolean isZero() {
        return digits.isEmpty();
    }

    /** These digits rounded half-up to {@code count} significant digits (zero when {@code count < 0}). */
    DecimalDigits roundToSignificant(int count) {
        if (count >= digits.length()) {
            return this;
        }
        if (count < 0) {
            return new DecimalDigits("", 1);
        }
        char[] kept = digits.substring(0, count).toCharArray();
        if (digits.charAt(count) < '5') {
            return parse(new String(kept) + "E" + (exponent - count));
        }
        int i = count - 1;
        while (i >= 0 && kept[i] == '9') {
            kept[i] = '0';
            i--;
        }
        if (i < 0) {
            return new DecimalDigits("1", exponent + 1);
        }
        kept[i]++;
        return parse(new String(kept) + "E" + (exponent - count));
    }

    /** These digits rounded half-up to {@code count} digits after the decimal point. */
    DecimalDigits roundToFraction(int count) {
        return roundToSignificant(exponent + count);
    }

    /** The digit worth {@code 10^(exponent - 1 - i)}: {@code i} counts from the first significant digit. */
    char digitAt(int i) {
        return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
    }

    /** Plain text with {@code fraction} digits after the point (no point when it is 0). */
    String fixed(int fraction) {
        StringBuilder out = new StringBuilder();
        if (exponent <= 0 || isZero()) {
            out.append('0');
        } else {
            for (int i = 0; i < exponent; i++) {
                out.append(digitAt(i));
            }
        }
        if (fraction > 0) {
            out.append('.');
            int start = isZero() ? fraction : exponent;
            for (int i = 0; i < fraction; i++) {
                out.append(isZero() ? '0' : digitAt(start + i));
            }
        }
        return out.toString();
    }

    /** The mantissa of scientific notation, {@code d.ddd} with {@code fraction} digits after the point. */
    String mantissa(int fraction) {
        StringBuilder out = new StringBuilder().append(digitAt(0));
        if (fraction > 0) {
            out.append('.');
            for (int i = 1; i <= fraction; i++) {
                out.append(digitAt(i));
            }
        }
        return out.toString();
    }

    /** The exponent of scientific notation as Java writes it: a sign and at least two digits. */
    String scientificExponent() {
        int e = exponent - 1;
        int magnitude = Math.abs(e);
        return (e < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }
}
