package io.github.pekoe.internal.text;

import java.util.function.IntFunction;

/**
 * Java's replacement strings for {@code replaceAll} and {@code replaceFirst}: {@code $n} is group
 * {@code n} (as many digits as name a group), {@code \x} is {@code x}, and the same exceptions as
 * Java's Matcher for a dangling {@code \} or {@code $}, a group that does not exist, or a named group
 * (the patterns routed here have none).
 */
final class JavaReplacement {
    private JavaReplacement() {
    }

    /** Appends {@code replacement} for one match to {@code out}; {@code group} gives a group's text or null. */
    static void expand(String replacement, int groups, IntFunction<String> group, StringBuilder out) {
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
                if (replacement.charAt(i) == '{') {
                    throw namedGroup(replacement, i + 1);
                }
                int number = replacement.charAt(i++) - '0';
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

    /** The exception Java throws for {@code ${name}} when the pattern has no named groups. */
    private static IllegalArgumentException namedGroup(String replacement, int begin) {
        int end = begin;
        while (end < replacement.length() && isAsciiLetterOrDigit(replacement.charAt(end))) {
            end++;
        }
        if (end == begin) {
            return new IllegalArgumentException("named capturing group has 0 length name");
        }
        if (end == replacement.length() || replacement.charAt(end) != '}') {
            return new IllegalArgumentException("named capturing group is missing trailing '}'");
        }
        String name = replacement.substring(begin, end);
        if (name.charAt(0) <= '9') {
            return new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
        }
        return new IllegalArgumentException("No group with name {" + name + "}");
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
