package io.github.pekoe.examples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Every way Pekoe runs a page's Java names, in the banner for what it throws, where it ran: the
 * handler, the event and the element, the {@code when(...)}, {@code @When} or {@code on(...)} binding,
 * the script, the callback; the banner keeps the exception's class and message, and the page's other
 * handlers keep working (banners.html, served without a Content-Security-Policy so that nothing but
 * Pekoe stands between a hostile element id and the page).
 */
class BannerContextTest {
    private static final String SCRIPT = "script 'banners/throws': java.lang.IllegalStateException: the script failed";

    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.NO_POLICY + "banners.html");
        page.waitForAllDone();
        return page;
    }

    /** Clicks {@code css}, waits for the banner it causes and returns it, after proving a working handler still runs. */
    private static String bannerOf(BrowserPage page, String css) {
        page.click(css);
        return secondBanner(page);
    }

    private static String secondBanner(BrowserPage page) {
        page.waitFor("document.querySelectorAll('.java-error').length === 2");
        page.click("#ok");
        assertEquals(List.of("bound", "ok"), page.texts("#log > div"), "the page's other handlers keep running");
        List<String> banners = page.banners();
        assertEquals(2, banners.size(), banners.toString());
        assertTrue(banners.get(0).startsWith(SCRIPT), banners.get(0));
        return banners.get(1);
    }

    private static void assertStartsWith(String expected, String banner) {
        assertTrue(banner.startsWith(expected), () -> "expected the banner to start with\n" + expected + "\nbut it is\n"
                + banner);
    }

    @BothLanes
    void aScriptsBannerNamesTheScript(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertStartsWith(SCRIPT, banners.get(0));
            assertTrue(banners.get(0).contains("\tat "), "with the stack: " + banners.get(0));
            assertEquals("script 'banners/throws': java.lang.IllegalStateException: the script failed",
                    page.text(".java-error > strong"), "the heading is where, class and message");
        }
    }

    @BothLanes
    void anAttributeHandlersBannerNamesTheHandlerTheEventAndTheElement(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String banner = bannerOf(page, "#save");
            assertStartsWith("handler 'save' for click on <button id=\"save\">: java.lang.NumberFormatException:"
                    + " String is empty", banner);
            assertTrue(banner.contains("\tat "), "with the stack: " + banner);
            page.click("#save");
            assertEquals(3, page.banners().size(), "the handler runs again and fails again");
        }
    }

    /** {@code when(...)}, {@code @When} and {@code on(...)} handlers, each clicked on a page of its own. */
    @BothLanes
    void aBindingsBannerNamesTheBindingAndTheElement(Lane lane) {
        String[][] cases = {
            {"#by-when", "when(\"click\", \"#by-when\") on <button id=\"by-when\">: java.lang.IllegalStateException:"
                    + " the when handler failed"},
            {"#at-when", "@When(event = \"click\", selector = \"#at-when\") on <button id=\"at-when\">:"
                    + " java.lang.IllegalStateException: the @When handler failed"},
            {"#by-on", "on(\"click\") on <button id=\"by-on\">: java.lang.IllegalStateException: the on handler failed"},
        };
        for (String[] one : cases) {
            try (BrowserPage page = open(lane)) {
                assertStartsWith(one[1], bannerOf(page, one[0]));
            }
        }
    }

    @BothLanes
    void aJsCallbacksBannerNamesTheCallback(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.eval("bannerTick()");
            assertStartsWith("JsCallback 'tick': java.lang.IllegalStateException: the callback failed", secondBanner(page));
        }
    }

    @BothLanes
    void aFetchCallbacksBannerNamesTheFetch(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertStartsWith("fetch(\"" + TestSite.url("/test/api/text") + "\").then(...): java.lang.IllegalStateException:"
                    + " the then callback failed", bannerOf(page, "#fetch-then"));
        }
    }

    @BothLanes
    void aWebSocketHandlersBannerNamesTheEventAndTheSocket(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String banner = bannerOf(page, "#socket");
            assertStartsWith("the message handler of WebSocket ws://127.0.0.1:", banner);
            assertTrue(banner.contains(": java.lang.IllegalStateException: the message handler failed"), banner);
        }
    }

    /** The element's id is markup; the banner shows it as text, and nothing of it runs or becomes an element. */
    @BothLanes
    void aHostileElementIdIsShownAsTextOnly(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("button[py-click=hostile]");
            String banner = secondBanner(page);
            assertStartsWith("handler 'hostile' for click on <button id=\"<img src=x onerror=top.__pekoeXss(1)>\">:"
                    + " java.lang.IllegalArgumentException: hostile failed", banner);
            assertEquals(Long.valueOf(0), page.eval("document.querySelectorAll('.java-error img, .java-error svg').length"),
                    "no element was made from the id");
            assertEquals(Long.valueOf(4), page.eval("document.querySelectorAll('.java-error *').length"),
                    "each of the two banners holds its heading and its stack only");
            assertEquals("[]", page.eval("JSON.stringify(window.__pekoeXssCalls)"), "no payload ran");
        }
    }

    /** Workers need a top-level classic script to deliver their messages in HtmlUnit, so this one runs in Chromium. */
    @ChromiumOnly
    void aWorkersScriptBannerNamesTheWorkerAndTheScript(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/banners-worker.html"))) {
            page.waitForAllDone();
            page.waitFor("document.querySelectorAll('.java-error').length === 1");
            String banner = page.banners().get(0);
            assertStartsWith("worker 'bw': script 'banners/worker-throws': java.lang.IllegalStateException: the"
                    + " worker's script failed", banner);
            assertTrue(banner.contains("\tat "), "with the stack: " + banner);
            page.click("#ok");
            assertEquals(List.of("ok"), page.texts("#log > div"), "the page's handlers keep running");
        }
    }
}
