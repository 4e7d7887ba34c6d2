package io.github.pekoe.internal.text;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A {@code java.util.regex.Matcher} on the browser's {@code RegExp}, made by {@link
 * BrowserPattern#matcher}. It keeps Java's state: where the last match starts and ends, where the next
 * {@code find()} searches (one further after an empty match), what {@code reset} clears, and the
 * exceptions Java throws when there is no match or no such group. It reads its input when it is made
 * and at each {@code reset}.
 */
public final class BrowserMatcher {
    private final BrowserPattern pattern;
    private CharSequence input;
    private String text;
    private JSObject search;
    private JSObject whole;
    private JSObject prefix;
    /** The last match, or null when Java's Matcher would hold no group. */
    private JSObject found;
    private int first = -1;
    private int last;
    private int appended;

    BrowserMatcher(BrowserPattern pattern, CharSequence input) {
        this.pattern = pattern;
        this.input = input;
        reset();
    }

    /** {@code matcher.matches()}: whether the whole input matches. */
    public boolean matches() {
        if (whole == null) {
            whole = compile("(?:" + pattern.source() + ")$", "uy");
        }
        return match(whole, 0);
    }

    /** {@code matcher.lookingAt()}: whether a match starts at the input's start. */
    public boolean lookingAt() {
        if (prefix == null) {
            prefix = compile(pattern.source(), "uy");
        }
        return match(prefix, 0);
    }

    /** {@code matcher.find()}: the next match after the last one. */
    public boolean find() {
        int next = last == first ? last + 1 : last;
        if (next > text.length()) {
            found = null;
            return false;
        }
        return search(next);
    }

    /** {@code matcher.find(start)}: resets, then the first match from {@code start}. */
    public boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private boolean search(int from) {
        if (search == null) {
            search = compile(pattern.source(), "gu");
        }
        return match(search, from);
    }

    private boolean match(JSObject regex, int from) {
        found = exec(regex, BrowserRegex.searchable(text, from), from);
        if (found == null) {
            first = -1;
            return false;
        }
        first = index(found);
        last = first + group(found, 0).length();
        return true;
    }

    /** {@code matcher.group()}: the last match's text. */
    public String group() {
        return group(0);
    }

    /** {@code matcher.group(group)}: a group's text in the last match, or null when it took no part. */
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        if (group < 0 || group > pattern.groups()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
        return found == null ? null : group(found, group);
    }

    /** {@code matcher.group(name)}: a named group's text in the last match, or null. */
    public String group(String name) {
        if (name == null) {
            throw new NullPointerException("Group name");
        }
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        int group = GroupNames.find(pattern.names(), name);
        if (group < 0) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return found == null ? null : group(found, group);
    }

    /** {@code matcher.groupCount()}. */
    public int groupCount() {
        return pattern.groups();
    }

    /** {@code matcher.start()}: where the last match starts. */
    public int start() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return first;
    }

    /** {@code matcher.end()}: where the last match ends. */
    public int end() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        return last;
    }

    /** {@code matcher.reset()}: forgets the last match and reads the input again. */
    public BrowserMatcher reset() {
        text = input.toString();
        found = null;
        first = -1;
        last = 0;
        appended = 0;
        return this;
    }

    /** {@code matcher.reset(input)}: the same matcher on another input. */
    public BrowserMatcher reset(CharSequence input) {
        this.input = input;
        return reset();
    }

    /** {@code matcher.appendReplacement(out, replacement)}: the text up to the match, then the replacement. */
    public BrowserMatcher appendReplacement(StringBuilder out, String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        StringBuilder expanded = new StringBuilder();
        JavaReplacement.expand(replacement, pattern.groups(), pattern.names(), this::group, expanded);
        out.append(text, appended, first).append(expanded);
        appended = last;
        return this;
    }

    /** {@code matcher.appendTail(out)}: the text after the last replaced match. */
    public StringBuilder appendTail(StringBuilder out) {
        return out.append(text, appended, text.length());
    }

    /** {@code matcher.replaceAll(replacement)}. */
    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            appendReplacement(out, replacement);
        } while (find());
        return appendTail(out).toString();
    }

    /** {@code matcher.replaceFirst(replacement)}. */
    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        appendReplacement(out, replacement);
        return appendTail(out).toString();
    }

    @JSBody(params = {"source", "flags"}, script = "return new RegExp(source, flags);")
    private static native JSObject compile(String source, String flags);

    /** The match at or after {@code from} ({@code g}) or at it ({@code y}), or null. */
    @JSBody(params = {"regex", "input", "from"}, script = "regex.lastIndex = from; return regex.exec(input);")
    private static native JSObject exec(JSObject regex, String input, int from);

    @JSBody(params = "match", script = "return match.index;")
    private static native int index(JSObject match);

    @JSBody(params = {"match", "n"}, script = "var g = match[n]; return g === undefined ? null : g;")
    private static native String group(JSObject match, int n);
}
