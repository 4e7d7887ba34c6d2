package io.github.pekoe.internal.text;

import java.util.function.Predicate;

/**
 * A {@code java.util.regex.Pattern} on the browser's {@code RegExp}, made by Pekoe's compiler plugin
 * in place of {@code Pattern.compile(constant)} when the pattern translates to a JavaScript one with
 * Java's meaning and every use of that pattern in its method is one this class offers. Its methods
 * give what {@code Pattern}'s give; {@link BrowserMatcher} stands for the matchers it makes.
 */
public final class BrowserPattern {
    private final String pattern;
    private final String source;
    private final int groups;
    private final String names;
    private final int flags;

    private BrowserPattern(String pattern, String source, int groups, String names, int flags) {
        this.pattern = pattern;
        this.source = source;
        this.groups = groups;
        this.names = names;
        this.flags = flags;
    }

    /**
     * {@code Pattern.compile(pattern, flags)}: {@code source} is its JavaScript form (run with the
     * {@code u} flag), {@code groups} its number of capturing groups, {@code names} their names as
     * {@link GroupNames} reads them.
     */
    public static BrowserPattern compile(String pattern, String source, int groups, String names, int flags) {
        return new BrowserPattern(pattern, source, groups, names, flags);
    }

    /** {@code Pattern.matches(regex, input)} for a regex whose JavaScript form is {@code source}. */
    public static boolean matches(String source, CharSequence input) {
        return BrowserRegex.matches(input.toString(), source);
    }

    /** {@code pattern.matcher(input)}. */
    public BrowserMatcher matcher(CharSequence input) {
        return new BrowserMatcher(this, input);
    }

    /** {@code pattern.pattern()}: the Java pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** {@code pattern.toString()}: the Java pattern as written. */
    @Override
    public String toString() {
        return pattern;
    }

    /** {@code pattern.flags()}. */
    public int flags() {
        return flags;
    }

    /** {@code pattern.split(input)}. */
    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /** {@code pattern.split(input, limit)}. */
    public String[] split(CharSequence input, int limit) {
        return BrowserRegex.split(input.toString(), source, limit);
    }

    /** {@code pattern.asPredicate()}: whether the pattern is found in a string. */
    public Predicate<String> asPredicate() {
        return text -> matcher(text).find();
    }

    /** {@code pattern.asMatchPredicate()}: whether the pattern matches a whole string. */
    public Predicate<String> asMatchPredicate() {
        return text -> matcher(text).matches();
    }

    String source() {
        return source;
    }

    int groups() {
        return groups;
    }

    String names() {
        return names;
    }
}
