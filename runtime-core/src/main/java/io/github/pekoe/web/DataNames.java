package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
/** Turns {@code dataset} keys into {@code data-*} attribute names and back, as the DOM does (ASCII only). */
final class DataNames {
    private DataNames() {
    }

    /**
     * The attribute for the key {@code key}: {@code "userId"} gives {@code "data-user-id"}.
     *
     * @throws IllegalArgumentException if {@code key} is null, or a hyphen in it comes before a
     *     lower-case letter, which no attribute name could give back
     */
    static String toAttribute(String key) {
        StringBuilder name = new StringBuilder(Arguments.notNull(key, "dataset: the key").length() + 8).append("data-");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-' && i + 1 < key.length() && isLower(key.charAt(i + 1))) {
                throw new IllegalArgumentException("'" + key + "' is not a dataset key: a hyphen before a lower-case"
                        + " letter; write it in camel case");
            }
            if (c >= 'A' && c <= 'Z') {
                name.append('-').append((char) (c + ('a' - 'A')));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The key for the attribute {@code attribute}, or null when it is not a {@code data-*} attribute. */
    static String toKey(String attribute) {
        if (!attribute.startsWith("data-")) {
            return null;
        }
        StringBuilder key = new StringBuilder(attribute.length());
        for (int i = 5; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            if (c == '-' && i + 1 < attribute.length() && isLower(attribute.charAt(i + 1))) {
                key.append((char) (attribute.charAt(++i) - ('a' - 'A')));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
