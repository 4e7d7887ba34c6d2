package io.github.pekoe.examples.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestApi;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WebSocket against the
 * {@code EchoSocketServer} the test site starts on 127.0.0.1. Each scenario is a script of ws.html
 * (see {@code WebSocketFixtures}) that blocks until its socket closed; the assertions read what it
 * displayed. Large and many messages are checked in the page, which displays only counts.
 *
 * <p>HtmlUnit has a WebSocket client with gaps: it sends no subprotocols, calls a close clean only with
 * code 1000, and its {@code close()} ignores the code and reason and now and then
 * fires no close event (2 loads in 15 here). So the pages end their sockets from the server's side,
 * and the subprotocol and client-close scenarios run in Chromium only.
 */
class WebSocketTest {
    private static final String CLEAN_NORMAL = "close 1000 (clean)";
    /** How the pages end their sockets (see {@code WebSocketFixtures.endByServer}): the server closes with 1000 and "done". */
    private static final String SERVER_END = "close 1000 done (clean)";
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/ws.html");

    /** What the one script of {@code page} displayed, once it finished, with no banner and no page error. */
    static List<String> outOfOwnPage(Lane lane, String page, String scenario) {
        return outOfOwnPage(lane, page, scenario, 15_000);
    }

    /** As {@link #outOfOwnPage(Lane, String, String)}, waiting at most {@code timeoutMillis} for the script. */
    static List<String> outOfOwnPage(Lane lane, String page, String scenario, long timeoutMillis) {
        try (BrowserPage browser = lane.load(TestSite.url("/test/" + page))) {
            browser.waitForAllDone(timeoutMillis);
            assertEquals(List.of(), browser.banners());
            assertEquals(List.of(), browser.pageErrors());
            return browser.texts("#s-" + scenario + " > script-java > div");
        }
    }

    /** What the script of section {@code s-NAME} displayed, one entry per display() call. */
    static List<String> out(Lane lane, String scenario) {
        return PAGES.get(lane).texts("#s-" + scenario + " > script-java > div");
    }

    @BothLanes
    void opensWithTheBrowsersFieldsAndCloses(Lane lane) {
        assertEquals(List.of("state: CONNECTING", "open: true", "url is the server's: true", "protocol: ''",
                "extensions: ''", "binaryType: arraybuffer", "bufferedAmount: 0", "constants: 0,1,2,3",
                "closed: " + SERVER_END, "state: CLOSED"), out(lane, "open"));
    }

    @BothLanes
    void textEchoesThroughHandlersThatMayBlock(Lane lane) {
        assertEquals(List.of("open", "message binary=false data=hello \u2615 \u00fcn\u00efcode",
                SERVER_END),
                out(lane, "text"));
    }

    @BothLanes
    void binaryEchoesByteForByte(Lane lane) {
        assertEquals(List.of("binary: true 256 bytes, same: true, text: null", "empty: 0",
                "buffer: [-1, 0, 42] position=4", "text: text after binary"), out(lane, "binary"));
    }

    @BothLanes
    void oneMegabyteMessagesComeBackWhole(Lane lane) {
        assertEquals(List.of("text: 1048576 same=true", "binary: 1048576 checksum=true"),
                outOfOwnPage(lane, "ws-large.html", "large"));
    }

    /** Ten thousand messages take HtmlUnit's client seconds; the bound is wider so a busy machine does not fail it. */
    @BothLanes
    void tenThousandMessagesArriveInOrderNoneLost(Lane lane) {
        assertEquals(List.of("echoed: 10000 out of order: 0", "received: 10000 out of order: 0"),
                outOfOwnPage(lane, "ws-many.html", "many", 90_000));
    }

    /** Chromium only: HtmlUnit's client sends no subprotocols, so its {@code protocol()} is always "". */
    @ChromiumOnly
    void theServerPicksASubprotocol(Lane lane) {
        assertEquals(List.of("[superchat, chat]: 'chat'", "[superchat]: 'superchat'", "[other, chat]: 'chat'",
                "[]: ''"), outOfOwnPage(lane, "ws-protocols.html", "protocols"));
    }

    @BothLanes
    void theServerClosesWithCodeAndReason(Lane lane) {
        String notOpen = "IllegalStateException: WebSocket " + echoUrl() + " is closed: nothing was sent";
        // Both lanes report the server's code and reason and call the close clean (HtmlUnit since 5.7).
        assertEquals(List.of("code: 4001", "reason: tea is over \u2615", "wasClean: true",
                "handler: close 4001 tea is over \u2615 (clean)", "send after close: " + notOpen,
                "bytes after close: " + notOpen, "receive after close: null"), out(lane, "server-close"));
    }

    /**
     * Chromium only: HtmlUnit's {@code close()} ignores the code and reason (the close event says
     * 1000) and now and then never fires the close event, which hangs the page.
     */
    @ChromiumOnly
    void theClientClosesWithCodeAndReason(Lane lane) {
        assertEquals(List.of("after close(): CLOSING", "closed: " + CLEAN_NORMAL, "state: CLOSED",
                "null reason: " + CLEAN_NORMAL, "state: CLOSING", "send while closing: IllegalStateException: WebSocket "
                + echoUrl() + " is closing: nothing was sent", "closed: close 4000 bye \u2615 (clean)",
                "close again: harmless"), outOfOwnPage(lane, "ws-client-close.html", "client-close"));
    }

    @BothLanes
    void aRefusedConnectionIsAnErrorAndAnUncleanClose(Lane lane) {
        List<String> out = out(lane, "refused");
        assertEquals(3, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("awaitOpen: IllegalStateException: WebSocket ws://127.0.0.1:"), out.get(0));
        // HtmlUnit puts its Java exception into the reason; Chromium gives none.
        assertTrue(out.get(0).contains(" is closed (close 1006"), out.get(0));
        assertTrue(out.get(0).endsWith(" (not clean)); it did not open"), out.get(0));
        assertEquals(List.of("error", "1006 clean=false"), out.subList(1, 3));
    }

    /**
     * A server that closes the connection in the middle of the handshake, or answers it with a wrong
     * accept key: awaitOpen says the socket closed before it opened, the handlers see an error and an
     * unclean close, and the page goes on to talk to a working server.
     */
    @BothLanes
    void aHandshakeBrokenByTheServerIsAClearErrorAndThePageGoesOn(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/ws-handshake.html"))) {
            page.waitForAllDone();
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            for (String scenario : List.of("handshake-cut", "handshake-bad")) {
                List<String> out = page.texts("#s-" + scenario + " > script-java > div");
                assertEquals(4, out.size(), scenario + ": " + out);
                assertTrue(out.get(0).startsWith("awaitOpen: IllegalStateException: WebSocket ws://127.0.0.1:"),
                        out.get(0));
                assertTrue(out.get(0).contains(" is closed (close 1006"), out.get(0));
                assertTrue(out.get(0).endsWith(" (not clean)); it did not open"), out.get(0));
                assertEquals(List.of("error", "1006 clean=false", "echo after: still working"), out.subList(1, 4),
                        scenario);
            }
        }
    }

    /**
     * Chromium only: in HtmlUnit the two messages never reach the page when the connection ends right
     * after them (its {@code receive()} answers null), and its page then shows that script's error.
     */
    @ChromiumOnly
    void aServerThatDiesMidStreamIsAnUncleanCloseAfterItsMessagesAndThePageGoesOn(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/ws-killed.html"))) {
            page.waitForAllDone();
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            List<String> out = new ArrayList<>(page.texts("#s-killed-mid-stream > script-java > div"));
            // Chromium closes a connection that ended without a close frame with no error event.
            out.remove("error");
            assertEquals(List.of("first: one", "second: two", "then: null", "1006 clean=false",
                    "echo after: still working"), out);
        }
    }

    /**
     * HtmlUnit fires socket events from its network thread at once, so a refusal can come before the
     * constructor's listeners and be lost; ws-early.html stands in such a socket in both lanes.
     */
    @BothLanes
    void eventsThatCameBeforeTheListenersAreNotLost(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/ws-early.html"))) {
            page.waitForAllDone();
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of("awaitOpen: IllegalStateException: WebSocket ws://127.0.0.1:9/refused is closed"
                    + " (close 1006 (not clean)); it did not open", "closed: close 1006 (not clean)", "error",
                    "1006 clean=false"), page.texts("#s-early-refused > script-java > div"));
            assertEquals(List.of("state: OPEN", "open"), page.texts("#s-early-open > script-java > div"));
        }
    }

    @BothLanes
    void badInputThrowsAndSaysWhy(Lane lane) {
        String iae = "IllegalArgumentException: WebSocket: ";
        assertEquals(List.of(
                "invalid URL: " + iae + "'ws://[' is not a valid URL",
                "scheme: " + iae + "the URL 'ftp://127.0.0.1/' has the scheme 'ftp:'; it must be ws:, wss:, http: or https:",
                "fragment: " + iae + "the URL 'ws://127.0.0.1/#part' must not have a fragment (#...)",
                "protocol: " + iae + "the subprotocol 'two words' is not a valid name (letters, digits and "
                        + "!#$%&'*+-.^_`|~ only, not empty)",
                "protocol twice: " + iae + "the subprotocol 'chat' is given twice",
                "null URL: " + iae + "the URL is null; give the server's ws:, wss:, http: or https: URL",
                "blank URL: " + iae + "the URL is empty; give the server's ws:, wss:, http: or https: URL",
                "null options: " + iae + "the options must not be null",
                "send before open: IllegalStateException: WebSocket " + echoUrl()
                        + " is still connecting: nothing was sent (wait for onOpen, or call awaitOpen)",
                "close 1001: " + iae + "close code 1001 is not allowed; use 1000 or a code from 3000 to 4999",
                "close 5000: " + iae + "close code 5000 is not allowed; use 1000 or a code from 3000 to 4999",
                "long reason: " + iae + "the close reason is 124 bytes in UTF-8; at most 123 are allowed",
                "send null text: IllegalArgumentException: WebSocket.send: the text must not be null",
                "send null bytes: IllegalArgumentException: WebSocket.send: the bytes must not be null",
                "send null buffer: IllegalArgumentException: WebSocket.send: the buffer must not be null",
                "negative awaitOpen: IllegalArgumentException: WebSocket.awaitOpen: the timeout -1 ms is negative;"
                        + " give 0 for no limit",
                "negative receive: IllegalArgumentException: WebSocket.receive: the timeout -1 ms is negative;"
                        + " give 0 for no limit",
                "negative awaitClose: IllegalArgumentException: WebSocket.awaitClose: the timeout -5 ms is negative;"
                        + " give 0 for no limit",
                "closed: " + SERVER_END, "http becomes ws: true", "no server there: 1006"), out(lane, "bad-input"));
    }

    @BothLanes
    void aHandlerErrorIsABannerAndTheSocketLivesOn(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/ws-errors.html"))) {
            page.waitForAllDone();
            List<String> out = page.texts("#s-handler-error > script-java > div");
            // How the close is reported does not matter here, and HtmlUnit reports it either way.
            assertEquals(List.of("first", "second"), out.subList(1, out.size()), out.toString());
            assertTrue(out.get(0).startsWith("closed: close 10"), out.get(0));
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).contains("IllegalStateException: handler broke on purpose"), banners.get(0));
            assertEquals(List.of(), page.pageErrors());
        }
    }

    /** The echo server's URL, as the test API tells the pages. */
    private static String echoUrl() {
        try (InputStream in = URI.create(TestSite.url(TestApi.CONTEXT + "ws-url")).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
