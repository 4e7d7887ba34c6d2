package io.github.pekoe.internal.toml;

/**
 * Recognises and checks TOML's dates and times: {@code 1979-05-27}, {@code 07:32:00.999},
 * {@code 1979-05-27T07:32:00} and {@code 1979-05-27 07:32:00-07:00} or {@code ...Z}.
 */
final class TomlDates {
    private TomlDates() {
    }

    /** Whether the token is shaped as a date or a time (four digits and '-', or two digits and ':'). */
    static boolean isDateOrTime(String token) {
        return token.length() > 4 && token.charAt(4) == '-' && digits(token, 0, 4)
                || token.length() > 2 && token.charAt(2) == ':' && digits(token, 0, 2);
    }

    /** Whether the token is a valid local date, local time, local date-time or offset date-time. */
    static boolean isValid(String token) {
        if (token.charAt(2) == ':') {
            return time(token, 0) == token.length();
        }
        if (!(token.length() >= 10 && token.charAt(7) == '-' && digits(token, 5, 2) && digits(token, 8, 2)
                && in(token, 5, 1, 12) && in(token, 8, 1, 31))) {
            return false;
        }
        if (token.length() == 10) {
            return true;
        }
        char separator = token.charAt(10);
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return false;
        }
        int at = time(token, 11);
        if (at == token.length()) {
            return true;
        }
        if (at < 0) {
            return false;
        }
        char zone = token.charAt(at);
        if (zone == 'Z' || zone == 'z') {
            return at + 1 == token.length();
        }
        return (zone == '+' || zone == '-') && at + 6 == token.length() && token.charAt(at + 3) == ':'
                && digits(token, at + 1, 2) && digits(token, at + 4, 2) && in(token, at + 1, 0, 23)
                && in(token, at + 4, 0, 59);
    }

    /** Reads {@code HH:MM:SS[.fraction]} at {@code start}; returns where it ends, or -1. */
    private static int time(String token, int start) {
        if (!(token.length() >= start + 8 && token.charAt(start + 2) == ':' && token.charAt(start + 5) == ':'
                && digits(token, start, 2) && digits(token, start + 3, 2) && digits(token, start + 6, 2)
                && in(token, start, 0, 23) && in(token, start + 3, 0, 59) && in(token, start + 6, 0, 60))) {
            return -1;
        }
        int at = start + 8;
        if (at < token.length() && token.charAt(at) == '.') {
            int digitsEnd = at + 1;
            while (digitsEnd < token.length() && TomlScanner.isDigit(token.charAt(digitsEnd))) {
                digitsEnd++;
            }
            return digitsEnd > at + 1 ? digitsEnd : -1;
        }
        return at;
    }

    private static boolean digits(String token, int start, int count) {
        if (token.length() < start + count) {
            return false;
        }
        for (int i = start; i < start + count; i++) {
            if (!TomlScanner.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(String token, int start, int low, int high) {
        int value = (token.charAt(start) - '0') * 10 + token.charAt(start + 1) - '0';
        return value >= low && value <= high;
    }
}
