package io.github.pekoe.internal.check;

import org.jspecify.annotations.Nullable;

/** Checks of the arguments public methods take, each failing with an {@code IllegalArgumentException} that names the argument. */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Returns {@code value}.
     *
     * @throws IllegalArgumentException with the message {@code what + " must not be null"} when it is null
     */
    public static <T> T notNull(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /**
     * Returns {@code millis}, a time limit in which 0 means none.
     *
     * @throws IllegalArgumentException when it is negative, naming {@code call}
     */
    public static int timeout(int millis, String call) {
        if (millis < 0) {
            throw new IllegalArgumentException(call + ": the timeout " + millis + " ms is negative; give 0 for no limit");
        }
        return millis;
    }

    /**
     * Returns {@code name} when it is an XML name, as the DOM wants element and attribute names.
     *
     * @throws IllegalArgumentException naming {@code what} and the name when it is null or not one
     */
    public static String name(@Nullable String name, String what) {
        if (!isName(notNull(name, what))) {
            throw new IllegalArgumentException(what + " \"" + name + "\" is not a valid name: a letter, _ or : first,"
                    + " then letters, digits, -, ., _ or :");
        }
        return name;
    }

    /** Where an XML name may start: pairs of the first and last character of each range. */
    private static final String NAME_START = "::AZ__az\u00C0\u00D6\u00D8\u00F6\u00F8\u02FF\u0370\u037D"
            + "\u037F\u1FFF\u200C\u200D\u2070\u218F\u2C00\u2FEF\u3001\uD7FF\uF900\uFDCF\uFDF0\uFFFD";

    /** What else an XML name may hold after its first character, as ranges. */
    private static final String NAME_MORE = "--..09\u00B7\u00B7\u0300\u036F\u203F\u2040";

    /**
     * Tells whether {@code name} is an XML name (the {@code Name} rule of XML 1.0), as the DOM's
     * {@code createElement} and {@code setAttribute} check: not empty, no spaces, quotes, {@code =},
     * {@code <}, {@code >} or {@code /}, nothing that could end a tag or start another attribute in markup.
     */
    public static boolean isName(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length();) {
            int c = name.codePointAt(i);
            if (!(c >= 0x10000 && c < 0xF0000 || within(NAME_START, c) || i > 0 && within(NAME_MORE, c))) {
                return false;
            }
            i += c >= 0x10000 ? 2 : 1;
        }
        return true;
    }

    private static boolean within(String ranges, int c) {
        for (int i = 0; i < ranges.length(); i += 2) {
            if (c >= ranges.charAt(i) && c <= ranges.charAt(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The characters an HTTP token may hold besides letters and digits. */
    public static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    /**
     * Tells whether {@code name} is an HTTP token (RFC 9110), as header names, methods and WebSocket
     * subprotocols must be: not empty, letters, digits and {@link #TOKEN_SYMBOLS} only.
     */
    public static boolean isToken(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
