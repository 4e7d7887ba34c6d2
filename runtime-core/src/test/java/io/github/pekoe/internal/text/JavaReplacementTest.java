package io.github.pekoe.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replacement strings expand as Java's Matcher expands them, exceptions included. */
class JavaReplacementTest {
    private static String java(Pattern pattern, String input, String replacement) {
        Matcher matcher = pattern.matcher(input);
        if (!matcher.find()) {
            return "no match";
        }
        StringBuilder out = new StringBuilder();
        try {
            matcher.appendReplacement(out, replacement);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        return out.substring(matcher.start());
    }

    private static String small(Pattern pattern, String names, String input, String replacement) {
        Matcher matcher = pattern.matcher(input);
        if (!matcher.find()) {
            return "no match";
        }
        StringBuilder out = new StringBuilder();
        try {
            JavaReplacement.expand(replacement, matcher.groupCount(), names, matcher::group, out);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} on {2} with {3}")
    @CsvSource(delimiterString = " ~ ", value = {
        "(a)(b)?(c) ~ '' ~ xac ~ [$1][$2][$3][$0]",
        "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k) ~ '' ~ abcdefghijk ~ $11-$10-$1x-$12",
        "(a) ~ '' ~ a ~ $12",
        "(a) ~ '' ~ a ~ \\$1 \\\\ \\x",
        "(a) ~ '' ~ a ~ $",
        "(a) ~ '' ~ a ~ tail\\",
        "(a) ~ '' ~ a ~ $x",
        "(a) ~ '' ~ a ~ $2",
        "(a) ~ '' ~ a ~ ${name}",
        "(a) ~ '' ~ a ~ ${}",
        "(a) ~ '' ~ a ~ ${name",
        "(a) ~ '' ~ a ~ ${1a}",
        "a ~ '' ~ a ~ plain",
        "(?<word>a)(b) ~ word, ~ ab ~ ${word}-$2-$1",
        "(x)?(?<tail>a) ~ ,tail ~ a ~ [${tail}][$1]",
        "(?<first>a)(?<second>b) ~ first,second ~ ab ~ ${second}${first}",
        "(?<word>a) ~ word ~ a ~ ${other}",
        "(?<word>a) ~ word ~ a ~ ${wor}",
        "(?<word>a) ~ word ~ a ~ ${words}",
        "(?<word>a) ~ word ~ a ~ ${word",
    })
    void expandsAsJavasMatcherDoes(String regex, String names, String input, String replacement) {
        Pattern pattern = Pattern.compile(regex);
        assertEquals(java(pattern, input, replacement), small(pattern, names, input, replacement));
    }
}
