package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import java.util.ArrayList;
import java.util.List;

/** Splits {@code "a  b\tc"} into class names, as {@code classList} would see them. Pure: no DOM. */
final class ClassNames {
    private ClassNames() {
    }

    /**
     * Returns the names in {@code text}, split at ASCII whitespace; empty for blank text.
     *
     * @throws IllegalArgumentException if {@code text} is null
     */
    static List<String> split(String text) {
        Arguments.notNull(text, "classes: the class name");
        List<String> names = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (space && start >= 0) {
                names.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return names;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
