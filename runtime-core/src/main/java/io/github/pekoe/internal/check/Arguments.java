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
