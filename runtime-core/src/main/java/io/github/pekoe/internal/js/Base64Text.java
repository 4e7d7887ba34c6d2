package io.github.pekoe.internal.js;

/** Standard base64 (RFC 4648, with padding) for images and data URLs; far smaller in a bundle than {@code java.util.Base64}. */
public final class Base64Text {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64Text() {
    }

    /** Returns {@code bytes} in base64. */
    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length + 2) / 3 * 4);
        for (int i = 0; i < bytes.length; i += 3) {
            int remaining = bytes.length - i;
            int chunk = (bytes[i] & 0xff) << 16;
            if (remaining > 1) {
                chunk |= (bytes[i + 1] & 0xff) << 8;
            }
            if (remaining > 2) {
                chunk |= bytes[i + 2] & 0xff;
            }
            out.append(ALPHABET.charAt(chunk >>> 18)).append(ALPHABET.charAt((chunk >>> 12) & 63));
            out.append(remaining > 1 ? ALPHABET.charAt((chunk >>> 6) & 63) : '=');
            out.append(remaining > 2 ? ALPHABET.charAt(chunk & 63) : '=');
        }
        return out.toString();
    }
}
