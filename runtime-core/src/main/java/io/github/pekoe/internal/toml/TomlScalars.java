package io.github.pekoe.internal.toml;

/**
 * Turns a bare TOML token into its value: {@code true}/{@code false}, an integer (decimal, hex,
 * octal or binary, with underscores) as {@code Long}, a float (with {@code inf} and {@code nan}) as
 * {@code Double}, or a date, time or date-time as the string it is written as.
 */
final class TomlScalars {
    private TomlScalars() {
    }

    /** Reads {@code token}; {@code floats} reads a checked decimal float such as {@code -1.5e3}. */
    static Object parse(TomlScanner in, String token, TomlText.Floats floats) {
        if (token.equals("true")) {
            return Boolean.TRUE;
        }
        if (token.equals("false")) {
            return Boolean.FALSE;
        }
        int signed = token.charAt(0) == '+' || token.charAt(0) == '-' ? 1 : 0;
        String unsigned = token.substring(signed);
        if (unsigned.equals("inf")) {
            return signed == 1 && token.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (signed == 0 && TomlDates.isDateOrTime(token)) {
            if (!TomlDates.isValid(token)) {
                throw in.error("'" + token + "' is not a valid date or time");
            }
            return token;
        }
        if (signed == 0 && token.length() > 2 && token.charAt(0) == '0' && radix(token.charAt(1)) > 0) {
            String body = token.substring(2);
            int radix = radix(token.charAt(1));
            if (digits(body, 0, radix) != body.length()) {
                throw in.error("'" + token + "' is not a valid integer");
            }
            return integer(in, token, body, radix);
        }
        int end = digits(token, signed, 10);
        if (end == token.length() && end > signed) {
            if (token.charAt(signed) == '0' && end > signed + 1) {
                throw in.error("integer '" + token + "' has a leading zero");
            }
            return integer(in, token, token.charAt(0) == '+' ? unsigned : token, 10);
        }
        return number(in, token, signed, end, floats);
    }

    /** Reads a float: digits, then a fraction, an exponent or both. */
    private static Object number(TomlScanner in, String token, int signed, int end, TomlText.Floats floats) {
        boolean valid = end > signed && !(token.charAt(signed) == '0' && end > signed + 1);
        int at = end;
        boolean fraction = valid && at < token.length() && token.charAt(at) == '.';
        if (fraction) {
            int next = digits(token, at + 1, 10);
            valid = next > at + 1;
            at = next;
        }
        boolean exponent = valid && at < token.length() && (token.charAt(at) == 'e' || token.charAt(at) == 'E');
        if (exponent) {
            int start = at + 1 < token.length() && (token.charAt(at + 1) == '+' || token.charAt(at + 1) == '-')
                    ? at + 2 : at + 1;
            int next = digits(token, start, 10);
            valid = next > start;
            at = next;
        }
        if (!valid || at != token.length() || !fraction && !exponent) {
            throw in.error("'" + token + "' is not a TOML value (a string needs quotes)");
        }
        return floats.parse(withoutUnderscores(token.charAt(0) == '+' ? token.substring(1) : token));
    }

    /** Reads checked {@code digits}, perhaps signed and with underscores, in {@code radix}. */
    private static Long integer(TomlScanner in, String token, String digits, int radix) {
        boolean negative = digits.charAt(0) == '-';
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long value = 0;
        for (int i = negative || digits.charAt(0) == '+' ? 1 : 0; i < digits.length(); i++) {
            int digit = digit(digits.charAt(i), radix);
            if (digit < 0) {
                continue;
            }
            if (value < limit / radix || value * radix < limit + digit) {
                throw in.error("integer '" + token + "' does not fit in 64 bits");
            }
            value = value * radix - digit;
        }
        return negative ? value : -value;
    }

    /**
     * Returns where the run of digits (in {@code radix}) that starts at {@code start} ends; each
     * underscore in it must stand between two digits.
     */
    private static int digits(String text, int start, int radix) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '_' && at > start && at + 1 < text.length() && digit(text.charAt(at + 1), radix) >= 0) {
                at += 2;
            } else if (digit(c, radix) >= 0) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    /** The value of an ASCII digit in {@code radix}, or -1. */
    static int digit(char c, int radix) {
        int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10
                : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
        return value < radix ? value : -1;
    }

    private static int radix(char prefix) {
        return prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
    }

    private static String withoutUnderscores(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
