package io.github.pekoe.internal.text;

/**
 * One format specifier, {@code %[index$][flags][width][.precision]conversion}, as read from a format
 * string that Pekoe's compiler plugin has already checked: only the flags {@code - 0 + ,} and the
 * conversions {@code s S b B c C d x X o f e E g G n %} reach this reader.
 */
final class FormatSpec {
    /** The {@code -} flag: pad on the right. */
    static final int LEFT = 1;
    /** The {@code 0} flag: pad numbers with zeros. */
    static final int ZERO = 2;
    /** The {@code +} flag: a plus sign for numbers that are not negative. */
    static final int PLUS = 4;
    /** The {@code ,} flag: group the integer digits by three. */
    static final int GROUP = 8;

    /** The argument's 1-based index, or 0 for the next ordinary argument. */
    final int index;
    final int flags;
    /** The width, or -1 for none. */
    final int width;
    /** The precision, or -1 for none. */
    final int precision;
    /** The conversion character, in lower case. */
    final char conversion;
    final boolean upperCase;
    /** The specifier as written, for error messages. */
    final String text;
    /** Where the format string continues after the specifier. */
    final int end;

    private FormatSpec(int index, int flags, int width, int precision, char conversion, String text, int end) {
        this.index = index;
        this.flags = flags;
        this.width = width;
        this.precision = precision;
        // ASCII by hand: Character's case methods bring TeaVM's Unicode tables into the bundle
        this.upperCase = conversion >= 'A' && conversion <= 'Z';
        this.conversion = upperCase ? (char) (conversion + ('a' - 'A')) : conversion;
        this.text = text;
        this.end = end;
    }

    /** Reads the specifier that starts with the {@code %} at {@code start}. */
    static FormatSpec read(String format, int start) {
        int i = start + 1;
        int index = 0;
        int digitsEnd = skipDigits(format, i);
        if (digitsEnd > i && format.charAt(i) != '0' && format.charAt(digitsEnd) == '$') {
            index = Integer.parseInt(format.substring(i, digitsEnd));
            i = digitsEnd + 1;
        }
        int flags = 0;
        for (int flag; (flag = flag(format.charAt(i))) != 0; i++) {
            flags |= flag;
        }
        int width = -1;
        digitsEnd = skipDigits(format, i);
        if (digitsEnd > i) {
            width = Integer.parseInt(format.substring(i, digitsEnd));
            i = digitsEnd;
        }
        int precision = -1;
        if (format.charAt(i) == '.') {
            digitsEnd = skipDigits(format, i + 1);
            precision = Integer.parseInt(format.substring(i + 1, digitsEnd));
            i = digitsEnd;
        }
        return new FormatSpec(index, flags, width, precision, format.charAt(i), format.substring(start, i + 1), i + 1);
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Pads {@code text} with spaces to the width, on the right for the {@code -} flag, as Java's Formatter does. */
    String justify(CharSequence text) {
        int spaces = width - text.length();
        if (spaces <= 0) {
            return text.toString();
        }
        String pad = " ".repeat(spaces);
        return has(LEFT) ? text + pad : pad + text;
    }

    private static int flag(char c) {
        switch (c) {
            case '-':
                return LEFT;
            case '0':
                return ZERO;
            case '+':
                return PLUS;
            case ',':
                return GROUP;
            default:
                return 0;
        }
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
