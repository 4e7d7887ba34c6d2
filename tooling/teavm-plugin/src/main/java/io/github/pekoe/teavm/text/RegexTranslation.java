package io.github.pekoe.teavm.text;

/**
 * A Java regular expression rewritten for the browser: the JavaScript pattern source (to run with
 * the {@code u} flag), the number of capturing groups, which Java's replacement strings need,
 * whether the groups capture what Java's do, and the names of named groups.
 *
 * @param source the JavaScript pattern with Java's meaning
 * @param groups how many capturing groups the pattern has
 * @param capturesExact false when a repeated group holds a capturing group: JavaScript clears it on
 *     each repetition and Java keeps it, so the match is the same but a group's text may differ
 * @param names the groups' names in group order, separated by commas, an empty name for a group
 *     without one; an empty string when no group has a name
 */
public record RegexTranslation(String source, int groups, boolean capturesExact, String names) {
}
