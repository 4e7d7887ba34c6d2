package io.github.pekoe.websocket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SocketChecksTest {

    @Test
    void socketSchemesStayAndHttpSchemesBecomeThem() {
        assertEquals("ws://127.0.0.1:8001/echo", SocketChecks.socketUrl("x", "ws://127.0.0.1:8001/echo"));
        assertEquals("wss://example.org/", SocketChecks.socketUrl("x", "wss://example.org/"));
        assertEquals("ws://127.0.0.1:8000/chat", SocketChecks.socketUrl("chat", "http://127.0.0.1:8000/chat"));
        assertEquals("wss://example.org/a?b=c", SocketChecks.socketUrl("x", "https://example.org/a?b=c"));
    }

    @Test
    void aNullOrBlankUrlIsRefusedRatherThanConnectingToThePage() {
        assertEquals("ws://x/", SocketChecks.given("ws://x/"));
        assertEquals("WebSocket: the URL is null; give the server's ws:, wss:, http: or https: URL",
                assertThrows(IllegalArgumentException.class, () -> SocketChecks.given(null)).getMessage());
        assertEquals("WebSocket: the URL is empty; give the server's ws:, wss:, http: or https: URL",
                assertThrows(IllegalArgumentException.class, () -> SocketChecks.given(" \t")).getMessage());
    }

    @Test
    void invalidUrlsOtherSchemesAndFragmentsAreRefusedByName() {
        assertEquals("WebSocket: 'ws://[' is not a valid URL",
                assertThrows(IllegalArgumentException.class, () -> SocketChecks.socketUrl("ws://[", null)).getMessage());
        assertEquals("WebSocket: the URL 'ftp://example.org/' has the scheme 'ftp:'; it must be ws:, wss:, http: or https:",
                assertThrows(IllegalArgumentException.class,
                        () -> SocketChecks.socketUrl("ftp://example.org/", "ftp://example.org/")).getMessage());
        assertEquals("WebSocket: the URL 'ws://h/#x' must not have a fragment (#...)",
                assertThrows(IllegalArgumentException.class, () -> SocketChecks.socketUrl("ws://h/#x", "ws://h/#x"))
                        .getMessage());
    }

    @Test
    void protocolsMustBeTokensGivenOnce() {
        assertDoesNotThrow(() -> SocketChecks.checkProtocols(new String[] {"chat", "v2.chat+json", "a!#$%&'*-^_`|~"}));
        assertDoesNotThrow(() -> SocketChecks.checkProtocols(new String[0]));
        assertEquals("WebSocket: the subprotocol 'two words' is not a valid name (letters, digits and "
                + "!#$%&'*+-.^_`|~ only, not empty)", assertThrows(IllegalArgumentException.class,
                        () -> SocketChecks.checkProtocols(new String[] {"two words"})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SocketChecks.checkProtocols(new String[] {""}));
        assertThrows(IllegalArgumentException.class, () -> SocketChecks.checkProtocols(new String[] {"a,b"}));
        assertThrows(IllegalArgumentException.class, () -> SocketChecks.checkProtocols(new String[] {"caf\u00e9"}));
        assertEquals("WebSocket: the subprotocol 'chat' is given twice", assertThrows(IllegalArgumentException.class,
                () -> SocketChecks.checkProtocols(new String[] {"chat", "x", "chat"})).getMessage());
    }

    @Test
    void closeCodesAre1000OrTheApplicationRange() {
        for (int code : new int[] {1000, 3000, 4000, 4999}) {
            assertDoesNotThrow(() -> SocketChecks.checkClose(code, ""));
        }
        for (int code : new int[] {0, 999, 1001, 1005, 1006, 1015, 2999, 5000, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SocketChecks.checkClose(code, ""));
            assertEquals("WebSocket: close code " + code + " is not allowed; use 1000 or a code from 3000 to 4999",
                    e.getMessage());
        }
    }

    @Test
    void closeReasonsHoldAtMost123Utf8Bytes() {
        assertDoesNotThrow(() -> SocketChecks.checkClose(1000, "a".repeat(123)));
        assertDoesNotThrow(() -> SocketChecks.checkClose(1000, "\u2615".repeat(41)));
        assertEquals("WebSocket: the close reason is 126 bytes in UTF-8; at most 123 are allowed",
                assertThrows(IllegalArgumentException.class,
                        () -> SocketChecks.checkClose(1000, "\u2615".repeat(42))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SocketChecks.checkClose(4000, "a".repeat(124)));
    }

    @Test
    void utf8LengthCountsEachEncodedByte() {
        assertEquals(0, SocketChecks.utf8Length(""));
        assertEquals(1 + 2 + 3 + 4, SocketChecks.utf8Length("a\u00e9\u2615\ud83c\udf75"));
        assertEquals(3, SocketChecks.utf8Length("\ud83c"));
        assertEquals(new String("\u00fc\ud83d\ude00x".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                SocketChecks.utf8Length("\u00fc\ud83d\ude00x"));
    }
}
