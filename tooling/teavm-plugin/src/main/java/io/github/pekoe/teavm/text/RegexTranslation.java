package io.github.pekoe.teavm.text;

/**
 * A Java regular expression rewritten for the browser: the JavaScript pattern source (to run with
 * the {@code u} flag), the number of capturing groups, which Java's replacement strings need, and
 * whether the groups capture what Java's do.
 *
 * @param source the JavaScript pattern with Java's meaning
 * @param groups how many capturing groups the pattern has
 * @param capturesExact false when a repeated group holds a capturing group: JavaScript clears it on
 *     each repetition and Java keeps it, so the match is the same but a group's text may differ
 */
public record RegexTranslation(String source, int groups, boolean capturesExact) {
}
