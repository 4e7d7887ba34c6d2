package io.github.pekoe.examples.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus file format, on the JVM: comments, escapes, payload numbers, and the corpus itself. */
class XssCorpusFormatTest {

    @Test
    void commentsAndEmptyLinesAreSkippedAndEscapesDecoded() {
        assertEquals(List.of("a\0b", "\\ \t\n\r", "#{x}", " spaced "),
                XssCorpus.parse("# a comment\n\na\\0b\n\\\\ \\t\\n\\r\n\\u0023{x}\n spaced \n"));
    }

    @Test
    void xssIdIsThePayloadsNumber() {
        assertEquals(List.of("f(1)", "g(2) h(2)"), XssCorpus.parse("# f\nf(XSSID)\n\ng(XSSID) h(XSSID)"));
    }

    @Test
    void anUnknownOrCutEscapeNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XssCorpus.parse("ok\n\\x41"));
        assertTrue(e.getMessage().startsWith("xss-corpus.txt line 2: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> XssCorpus.parse("\\u00"));
        assertThrows(IllegalArgumentException.class, () -> XssCorpus.parse("\\u00zz"));
        assertThrows(IllegalArgumentException.class, () -> XssCorpus.parse("end\\"));
    }

    @Test
    void theCorpusHoldsAtLeastTwoHundredDistinctPayloadsEachCallingTheSentinel() {
        List<String> payloads = XssCorpus.payloads();
        assertTrue(payloads.size() >= 200, payloads.size() + " payloads");
        assertEquals(payloads.size(), new HashSet<>(payloads).size(), "every payload is different");
        assertTrue(payloads.stream().anyMatch(p -> p.indexOf('\0') >= 0), "NUL bytes");
        assertTrue(payloads.stream().anyMatch(p -> p.length() >= 10_000), "long strings");
        long calling = payloads.stream().filter(p -> p.contains("__pekoeXss") || p.contains("pekoe-xss")).count();
        assertTrue(calling >= 200, calling + " payloads call the sentinel");
    }
}
