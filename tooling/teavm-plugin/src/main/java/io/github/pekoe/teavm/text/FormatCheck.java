package io.github.pekoe.teavm.text;

/**
 * Decides at compile time whether Pekoe's small formatter writes a format string exactly as Java's
 * Formatter does: every specifier must use the conversions {@code s S b B c C d x X o f e E g G n %},
 * only the flags {@code - 0 + ,}, widths, precisions and argument indexes ({@code %2$s}), in the
 * combinations Java accepts. A format string that fails the check (dates, {@code %h}, {@code %a},
 * the flags {@code # ( space <}, or a specifier Java would reject) keeps TeaVM's Formatter.
 */
public final class FormatCheck {
    private FormatCheck() {
    }

    /** Whether every specifier of {@code format} is one the small formatter writes as Java does. */
    public static boolean supported(String format) {
        int i = 0;
        while ((i = format.indexOf('%', i)) >= 0) {
            i = specifier(format, i + 1);
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** Checks the specifier whose text starts at {@code i}; where the format continues, or -1. */
    private static int specifier(String format, int i) {
        int digitsEnd = digits(format, i);
        boolean indexed = false;
        if (digitsEnd > i && digitsEnd < format.length() && format.charAt(digitsEnd) == '$') {
            if (format.charAt(i) == '0') {
                return -1;
            }
            indexed = true;
            i = digitsEnd + 1;
        }
        String flags = "";
        while (i < format.length() && "-#+ 0,(<".indexOf(format.charAt(i)) >= 0) {
            char flag = format.charAt(i++);
            if ("-0+,".indexOf(flag) < 0 || flags.indexOf(flag) >= 0) {
                return -1;
            }
            flags += flag;
        }
        int widthEnd = digits(format, i);
        boolean width = widthEnd > i;
        if (widthEnd - i > 6) {
            return -1;
        }
        i = widthEnd;
        boolean precision = false;
        if (i < format.length() && format.charAt(i) == '.') {
            int precisionEnd = digits(format, i + 1);
            if (precisionEnd == i + 1 || precisionEnd - i > 7) {
                return -1;
            }
            precision = true;
            i = precisionEnd;
        }
        if (i >= format.length()) {
            return -1;
        }
        char conversion = format.charAt(i);
        return valid(conversion, flags, width, precision, indexed) ? i + 1 : -1;
    }

    private static boolean valid(char conversion, String flags, boolean width, boolean precision, boolean indexed) {
        if ((flags.contains("-") || flags.contains("0")) && !width
                || flags.contains("-") && flags.contains("0")) {
            return false;
        }
        switch (conversion) {
            case 's':
            case 'S':
            case 'b':
            case 'B':
                return only(flags, "-");
            case 'c':
            case 'C':
                return only(flags, "-") && !precision;
            case 'd':
                return only(flags, "-0+,") && !precision;
            case 'x':
            case 'X':
            case 'o':
                return only(flags, "-0") && !precision;
            case 'f':
            case 'g':
            case 'G':
                return only(flags, "-0+,");
            case 'e':
            case 'E':
                return only(flags, "-0+");
            case '%':
                return only(flags, "-") && !precision && !indexed;
            case 'n':
                return flags.isEmpty() && !width && !precision && !indexed;
            default:
                return false;
        }
    }

    private static boolean only(String flags, String allowed) {
        for (int i = 0; i < flags.length(); i++) {
            if (allowed.indexOf(flags.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
