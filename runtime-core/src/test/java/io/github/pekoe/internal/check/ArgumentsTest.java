package io.github.pekoe.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgumentsTest {
    @Test
    void notNullReturnsTheValueOrNamesTheArgument() {
        String value = "x";
        assertSame(value, Arguments.notNull(value, "the URL"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arguments.notNull(null, "fetch: the URL"));
        assertEquals("fetch: the URL must not be null", e.getMessage());
    }

    @Test
    void aTimeoutMayBeZeroOrPositiveButNotNegative() {
        assertEquals(0, Arguments.timeout(0, "receive"));
        assertEquals(250, Arguments.timeout(250, "receive"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Arguments.timeout(-1, "WebSocket.receive"));
        assertEquals("WebSocket.receive: the timeout -1 ms is negative; give 0 for no limit", e.getMessage());
    }

    @Test
    void tokensAreLettersDigitsAndTheRfcSymbols() {
        for (String token : new String[] {"GET", "x-custom", "chat.v2", "a!#$%&'*+-.^_`|~9"}) {
            assertTrue(Arguments.isToken(token), token);
        }
        for (String bad : new String[] {null, "", "BAD METHOD", "a:b", "a/b", "caf\u00e9", "a\u0000", "(x)", "a,b", "\"q\""}) {
            assertFalse(Arguments.isToken(bad), String.valueOf(bad));
        }
    }

    @Test
    void namesFollowTheXmlNameRule() {
        for (String name : new String[] {"a", "div", "my-card", "data-user-id", "_x", ":x", "xlink:href", "a.b",
                "h1", "caf\u00e9", "\u00e9t\u00e9", "x\u00b7y", "\u4e2d\u6587", "x\ud800\udc00", "\ud800\udc00"}) {
            assertTrue(Arguments.isName(name), name);
        }
        for (String bad : new String[] {null, "", "a b", "img onerror=x", "alt onerror=top.x() x", "1a", "-a", ".a",
                "a=b", "a>", "<a", "a/b", "a\"", "a'", "a\u0000", "a\tb", "a\nb", "\u00b7a", "\u0300a", "a\u00d7",
                "a\ud800", "\udc00a", "a\udb80\udc00", "a&b", "a;b"}) {
            assertFalse(Arguments.isName(bad), String.valueOf(bad));
        }
    }

    @Test
    void nameReturnsAValidNameOrSaysWhatIsWrong() {
        assertEquals("my-card", Arguments.name("my-card", "the tag"));
        assertEquals("the tag must not be null",
                assertThrows(IllegalArgumentException.class, () -> Arguments.name(null, "the tag")).getMessage());
        assertEquals("the attribute name \"a b\" is not a valid name: a letter, _ or : first, then letters, digits,"
                + " -, ., _ or :",
                assertThrows(IllegalArgumentException.class, () -> Arguments.name("a b", "the attribute name"))
                        .getMessage());
        assertEquals("the tag \"\" is not a valid name: a letter, _ or : first, then letters, digits, -, ., _ or :",
                assertThrows(IllegalArgumentException.class, () -> Arguments.name("", "the tag")).getMessage());
    }
}
