package io.github.pekoe.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code String.split}, {@code replaceAll}, {@code replaceFirst} and {@code matches} on the browser's
 * {@code RegExp}, for patterns that Pekoe's compiler plugin has translated from Java's syntax to an
 * equivalent JavaScript pattern ({@code source}, run with the {@code u} flag). The search loop is
 * Java's Matcher's: after an empty match the next search starts one character further, and
 * {@code split} keeps Java's rules for leading and trailing empty strings. TeaVM's
 * {@code java.util.regex}, about 35 KB gzip, stays out of the bundle.
 */
public final class BrowserRegex {
    private BrowserRegex() {
    }

    /** {@code input.matches(regex)}: whether the whole input matches. */
    public static boolean matches(String input, String source) {
        return wholeMatch(input, "^(?:" + source + ")$");
    }

    /** {@code input.split(regex, limit)} with Java's rules. */
    public static String[] split(String input, String source, int limit) {
        JSObject regex = compile(source);
        List<String> parts = new ArrayList<>();
        int index = 0;
        boolean limited = limit > 0;
        int from = 0;
        int start;
        while ((start = find(regex, input, from)) >= 0) {
            int end = matchEnd(regex);
            from = end == start ? end + 1 : end;
            if (!limited || parts.size() < limit - 1) {
                if (index == 0 && start == 0 && end == 0) {
                    continue;
                }
                parts.add(input.substring(index, start));
                index = end;
            } else if (parts.size() == limit - 1) {
                parts.add(input.substring(index));
                index = end;
            }
        }
        if (index == 0) {
            return new String[] {input};
        }
        if (!limited || parts.size() < limit) {
            parts.add(input.substring(index));
        }
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** {@code input.replaceAll(regex, replacement)}; {@code groups} is the pattern's group count. */
    public static String replaceAll(String input, String source, int groups, String replacement) {
        return replace(input, source, groups, replacement, true);
    }

    /** {@code input.replaceFirst(regex, replacement)}; {@code groups} is the pattern's group count. */
    public static String replaceFirst(String input, String source, int groups, String replacement) {
        return replace(input, source, groups, replacement, false);
    }

    private static String replace(String input, String source, int groups, String replacement, boolean all) {
        JSObject regex = compile(source);
        int start = find(regex, input, 0);
        if (start < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder();
        int tail = 0;
        while (start >= 0) {
            int end = matchEnd(regex);
            out.append(input, tail, start);
            JavaReplacement.expand(replacement, groups, "", n -> group(regex, n), out);
            tail = end;
            start = all ? find(regex, input, end == start ? end + 1 : end) : -1;
        }
        return out.append(input, tail, input.length()).toString();
    }

    /**
     * The input a search from {@code from} runs on. Java may start a match between the two halves of
     * a surrogate pair (after an empty match, or from {@code find(int)}), where the low half stands
     * alone; the browser's {@code RegExp} with the {@code u} flag would step back to the pair's start.
     * So the high half is replaced by U+FFFF, which no match starting at {@code from} includes: the
     * indexes stay, and the low half is a lone surrogate to the browser too, as it is to Java.
     */
    static String searchable(String input, int from) {
        if (from > 0 && from < input.length() && Character.isLowSurrogate(input.charAt(from))
                && Character.isHighSurrogate(input.charAt(from - 1))) {
            return input.substring(0, from - 1) + '\uFFFF' + input.substring(from);
        }
        return input;
    }

    @JSBody(params = "source", script = "return new RegExp(source, 'gu');")
    private static native JSObject compile(String source);

    @JSBody(params = {"input", "source"}, script = "return new RegExp(source, 'u').test(input);")
    private static native boolean wholeMatch(String input, String source);

    /** Searches from {@code from}; the match's start, or -1. The match is kept on the RegExp. */
    @JSBody(params = {"regex", "input", "from"}, script = ""
            + "if (from > input.length) { return -1; }"
            + "regex.lastIndex = from;"
            + "var m = regex.exec(input);"
            + "regex.found = m;"
            + "return m ? m.index : -1;")
    private static native int search(JSObject regex, String input, int from);

    private static int find(JSObject regex, String input, int from) {
        return search(regex, searchable(input, from), from);
    }

    @JSBody(params = "regex", script = "return regex.found.index + regex.found[0].length;")
    private static native int matchEnd(JSObject regex);

    @JSBody(params = {"regex", "n"}, script = "var g = regex.found[n]; return g === undefined ? null : g;")
    private static native String group(JSObject regex, int n);
}
