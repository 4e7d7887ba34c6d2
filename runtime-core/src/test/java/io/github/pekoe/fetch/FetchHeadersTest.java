package io.github.pekoe.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Response headers as both browsers' raw header text gives them, read on the JVM. */
class FetchHeadersTest {
    private static final String RAW = "Content-Type: text/plain; charset=utf-8\r\n"
            + "X-Multi: one\r\n"
            + "x-multi: two\r\n"
            + "X-Empty:\r\n"
            + "X-Spaced :  padded value  \r\n"
            + "no colon here\r\n"
            + "X-Colon: a:b\r\n";

    private final FetchHeaders headers = FetchHeaders.parse(RAW);

    @ParameterizedTest
    @ValueSource(strings = {"content-type", "Content-Type", "CONTENT-TYPE", "cOnTeNt-TyPe"})
    void namesIgnoreLetterCase(String name) {
        assertEquals("text/plain; charset=utf-8", headers.get(name));
        assertTrue(headers.has(name));
    }

    @Test
    void repeatedHeadersJoinWithCommaAsTheBrowserDoes() {
        assertEquals("one, two", headers.get("X-Multi"));
    }

    @Test
    void valuesAreTrimmedAndMayBeEmptyOrHoldColons() {
        assertEquals("", headers.get("x-empty"));
        assertTrue(headers.has("x-empty"));
        assertEquals("padded value", headers.get("x-spaced"));
        assertEquals("a:b", headers.get("x-colon"));
    }

    @Test
    void missingHeadersAreNull() {
        assertNull(headers.get("x-missing"));
        assertFalse(headers.has("x-missing"));
    }

    @Test
    void namesAreLowerCaseInArrivalOrderAndReadOnly() {
        assertEquals(List.of("content-type", "x-multi", "x-empty", "x-spaced", "x-colon"), List.copyOf(headers.names()));
        assertThrows(UnsupportedOperationException.class, () -> headers.names().remove("x-multi"));
    }

    @Test
    void bareLineFeedsAndEmptyTextAreRead() {
        assertEquals("1", FetchHeaders.parse("a: 1\nb: 2").get("A"));
        assertEquals("2", FetchHeaders.parse("a: 1\nb: 2").get("b"));
        assertTrue(FetchHeaders.parse("").names().isEmpty());
    }

    @Test
    void lowerChangesAsciiLettersOnly() {
        assertEquals("x-pekoe-\u00c4nswer-42", FetchHeaders.lower("X-PEKOE-\u00c4NSWER-42"));
    }
}
