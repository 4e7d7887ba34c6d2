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
}
