package io.github.pekoe.internal.text;

/**
 * A pattern's group names as the compiler plugin writes them: each capturing group's name in group
 * order, separated by commas, an empty name for a group without one ({@code "word,,tail"}), or an
 * empty string when no group has a name. Java's names are ASCII letters and digits, so a comma never
 * occurs in one.
 */
final class GroupNames {
    private GroupNames() {
    }

    /** The number of the group called {@code name}, or -1 when there is none. */
    static int find(String names, String name) {
        if (name.isEmpty()) {
            return -1;
        }
        int group = 1;
        int start = 0;
        while (start <= names.length()) {
            int end = names.indexOf(',', start);
            if (end < 0) {
                end = names.length();
            }
            if (end - start == name.length() && names.startsWith(name, start)) {
                return group;
            }
            group++;
            start = end + 1;
        }
        return -1;
    }
}
