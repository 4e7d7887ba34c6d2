package io.github.pekoe.teavm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Java patterns and the JavaScript patterns they become, and the patterns that keep java.util.regex. */
class RegexTranslatorTest {
    private static final String DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";
    private static final String SPACE = "[ \\t\\n\\x0B\\f\\r]";
    private static final String DOLLAR = "(?:$|(?=\\r\\n$)|(?=[\\r\\u0085\\u2028\\u2029]$)|(?<!\\r)(?=\\n$))";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '\'', value = {
        ", -> ,",
        "abc -> abc",
        "a+b*c? -> a+b*c?",
        "a{2}b{1,}c{1,3}? -> a{2}b{1,}c{1,3}?",
        "a*?b+? -> a*?b+?",
        "\\d+\\D\\w\\W -> \\d+\\D\\w\\W",
        "(a|b)(?:c)(?=d)(?!e) -> (a|b)(?:c)(?=d)(?!e)",
        "[a-z0-9_] -> [a-z0-9_]",
        "[^,;] -> [^,;]",
        "[-a] -> [\\-a]",
        "[a-] -> [a\\-]",
        "[\\d\\w.] -> [\\d\\w.]",
        "[.$^] -> [.$\\^]",
        "\\.\\*\\$\\\\ -> \\.\\*\\$\\\\",
        "]} -> \\]\\}",
        "/ -> \\/",
        "\\t\\n -> \\u{9}\\u{A}",
        "\\x41\\u0042\\x{1F600} -> AB\uD83D\uDE00",
        "\\0101\\cA\\e -> A\\u{1}\\u{1B}",
        "\\Qa.b*\\E+ -> (?:a\\.b\\*)+",
        "é😀+ -> é😀+",
        "\\#\\-\\ \\, -> #- ,",
        "(?<word>a+)(b) -> (a+)(b)",
    })
    void translatesWhatJavaScriptRunsWithJavasMeaning(String java, String javaScript) {
        assertEquals(Optional.of(javaScript), RegexTranslator.translate(java).map(RegexTranslation::source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\s+", "\\S", "[\\s,]"})
    void writesJavasAsciiWhitespaceForS(String java) {
        String source = RegexTranslator.translate(java).orElseThrow().source();
        assertTrue(source.contains(" \\t\\n\\x0B\\f\\r"), source);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "a.b -> a" + DOT + "b",
        "^a$ -> ^a" + DOLLAR,
        "\\Aa\\z -> ^a$",
        "\\s+ -> " + SPACE + "+",
    })
    void keepsJavasLineTerminatorsAndAnchors(String java, String javaScript) {
        assertEquals(javaScript, RegexTranslator.translate(java).orElseThrow().source());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(?i)abc", "(?<=a)b", "(?<!a)b", "(?>a)", "a*+", "a++", "\\b", "\\B", "\\p{Alpha}",
        "\\P{L}", "[a[b]]", "[a-z&&[^e]]", "\\1", "(a)\\1", "\\G", "\\R", "\\X", "\\k<n>", "[\\S]", "[\\Qa\\E]",
        "(?=a)*", "^*", "a{,3}", "[]a]", "[a-z-0]", "(unclosed", "bad)", "*a", "a{2,1}", "\\", "\\ud83d\\ude00",
        "[\\d-z]", "\\y"
    })
    void givesNoTranslationWhereItIsNotSure(String java) {
        assertFalse(RegexTranslator.translate(java).isPresent(), java);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc            | 0 | true",
        "(a)(b(c))      | 3 | true",
        "(?:a)(?=(b))   | 1 | true",
        "(a)+           | 1 | false",
        "(?:x(a))*      | 1 | false",
        "(a+)(b)?       | 2 | true",
        "(?<n1>a)(?:b)(?<n2>c)     | 2 | true",
    })
    void countsGroupsAndSaysWhetherTheyCaptureAsJavasDo(String java, int groups, boolean exact) {
        RegexTranslation translation = RegexTranslator.translate(java).orElseThrow();
        assertEquals(groups, translation.groups());
        assertEquals(exact, translation.capturesExact());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(a)(b)                  | ''",
        "(?<word>a)(b)           | 'word,'",
        "(x)(?<tail>a)           | ',tail'",
        "(?<n1>a)(?:b)(?<n2>c)   | 'n1,n2'",
    })
    void listsTheGroupsNames(String java, String names) {
        assertEquals(names, RegexTranslator.translate(java).orElseThrow().names());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
        "a.b -> a[\\s\\S]b",
        "[.] -> [.]",
    })
    void letsADotMatchAnyCharacterWithDotAll(String java, String javaScript) {
        assertEquals(javaScript, RegexTranslator.translate(java, true).orElseThrow().source());
    }
}
