package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;

/**
 * Turns the names people write for CSS properties into CSS's own: {@code backgroundColor} becomes
 * {@code background-color}, {@code webkitTransform} {@code -webkit-transform}, {@code cssFloat}
 * {@code float}; hyphenated names and custom properties ({@code --gap}) come back unchanged. Pure: no DOM.
 */
final class StyleNames {
    private StyleNames() {
    }

    /**
     * Returns the CSS name of {@code name}, which may be hyphenated or in JavaScript's camelCase.
     *
     * @throws IllegalArgumentException if {@code name} is null
     */
    static String toCss(String name) {
        if (Arguments.notNull(name, "style: the property name").startsWith("--") || name.indexOf('-') >= 0) {
            return name;
        }
        if (name.equals("cssFloat")) {
            return "float";
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        if (startsWithVendor(name)) {
            out.append('-');
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append('-').append((char) (c - 'A' + 'a'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWithVendor(String name) {
        return vendor(name, "webkit") || vendor(name, "moz") || vendor(name, "ms");
    }

    private static boolean vendor(String name, String prefix) {
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
            return false;
        }
        char next = name.charAt(prefix.length());
        return next >= 'A' && next <= 'Z';
    }
}
