package io.github.pekoe.internal.text;

import java.util.function.IntFunction;

/**
 * Java's replacement strings for {@code replaceAll} and {@code replaceFirst}: {@code $n} is group
 * {@code n} (as many digits as name a group), {@code ${name}} is the group of that name, {@code \x}
 * is {@code x}, and the same exceptions as Java's Matcher for a dangling {@code \} or {@code $} or a
 * group that does not exist.
 */
final class JavaReplacement {
    private JavaReplacement() {
    }

    /**
     * Appends {@code replacement} for one match to {@code out}; {@code names} are the pattern's group
     * names (as {@link GroupNames} reads them), {@code group} gives a group's text or null.
     */
    static void expand(String replacement, int groups, String names, IntFunction<String> group, StringBuilder out) {
        int i = 0;
        int length = replacement.length();
        while (i < length) {
            char c = replacement.charAt(i++);
            if (c == '\\') {
                if (i == length) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                out.append(replacement.charAt(i++));
            } else if (c == '$') {
                if (i == length) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int number;
                if (replacement.charAt(i) == '{') {
                    int end = nameEnd(replacement, i + 1);
                    number = namedGroup(replacement.substring(i + 1, end), names);
                    i = end + 1;
                } else {
                    number = replacement.charAt(i++) - '0';
                    if (number < 0 || number > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    while (i < length) {
                        int digit = replacement.charAt(i) - '0';
                        if (digit < 0 || digit > 9 || number * 10 + digit > groups) {
                            break;
                        }
                        number = number * 10 + digit;
                        i++;
                    }
                }
                if (number > groups) {
                    throw new IndexOutOfBoundsException("No group " + number);
                }
                String text = group.apply(number);
                if (text != null) {
                    out.append(text);
                }
            } else {
                out.append(c);
            }
        }
    }

    /** The end of the name that starts at {@code begin} in {@code ${name}}: its closing brace, checked as Java does. */
    private static int nameEnd(String replacement, int begin) {
        int end = begin;
        while (end < replacement.length() && isAsciiLetterOrDigit(replacement.charAt(end))) {
            end++;
        }
        if (end == begin) {
            throw new IllegalArgumentException("named capturing group has 0 length name");
        }
        if (end == replacement.length() || replacement.charAt(end) != '}') {
            throw new IllegalArgumentException("named capturing group is missing trailing '}'");
        }
        return end;
    }

    /** The number of the group {@code name}, or Java's exception when there is none. */
    private static int namedGroup(String name, String names) {
        if (name.charAt(0) <= '9') {
            throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
        }
        int number = GroupNames.find(names, name);
        if (number < 0) {
            throw new IllegalArgumentException("No group with name {" + name + "}");
        }
        return number;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
