package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Event handlers bound from a worker (see {@code WebWorkerEventFixtures}): the page's listeners catch
 * the events, and the handlers run in the worker, which reports a line for each. Every wait is for the
 * worker's next line (or banner); as the worker runs its handlers in the order the page dispatched the
 * events, a line that did not come before a later one never comes. The page is served without
 * COOP/COEP headers.
 *
 * <p>Chromium only: HtmlUnit delivers a worker's messages only to a worker constructed by a classic
 * script at top level, and a Pekoe bundle constructs its workers from Java while the page runs.
 */
class WebWorkerEventsTest {
    private static final String OUTPUT = "#events-worker-target > div";

    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/web-worker-events.html"));
        page.waitForAllDone();
        assertEquals(List.of("bound: ready"), page.texts(OUTPUT));
        return page;
    }

    /** The worker's lines after "bound: ready", once there are {@code count} of them. */
    private static List<String> lines(BrowserPage page, int count) {
        page.waitFor("document.querySelectorAll('" + OUTPUT + "').length >= " + (count + 1));
        List<String> lines = page.texts(OUTPUT);
        return lines.subList(1, lines.size());
    }

    @ChromiumOnly
    void aHandlerRunsInTheWorkerWithTheEventAndReachesThePage(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#hello");
            assertEquals(List.of("hello: click true true Hello in a worker true button 0 timeStamp true"),
                    lines(page, 1));
            assertEquals("seen", page.attr("#hello", "class"), "the handler's web API calls reach the page");
            page.click("#pair-b");
            page.click("#pair-a");
            assertEquals(List.of("pair: pair-b", "pair: pair-a"), lines(page, 3).subList(1, 3),
                    "a collection's on(...) binds each member, and currentTarget is the member clicked");
        }
    }

    @ChromiumOnly
    void aTagFactorysListenerMadeInTheWorkerBindsTheElementItMakes(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#made");
            assertEquals(List.of("made: clicked"), lines(page, 1));
        }
    }

    @ChromiumOnly
    void keysAndWhatEachInputTypedReachTheWorkerInOrder(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.type("#name", "te");
            assertEquals(List.of("keydown: t KeyT name", "input: t insertText true", "keydown: e KeyE name",
                    "input: e insertText true"),
                    lines(page, 4));
        }
    }

    @ChromiumOnly
    void aDeclaredPreventDefaultPreventsOnThePageAndWithoutItTheDefaultHappens(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#kept");
            page.click("#free");
            page.click("#link");
            assertEquals(List.of("kept: clicked", "free: clicked", "link: clicked"), lines(page, 3));
            assertEquals(false, page.eval("document.getElementById('kept').checked"));
            assertEquals(true, page.eval("document.getElementById('free').checked"));
            assertEquals("", page.eval("location.hash"));
        }
    }

    @ChromiumOnly
    void aDeclaredStopPropagationKeepsTheEventFromTheParent(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#inner");
            page.click("#plain");
            assertEquals(List.of("inner: clicked", "outer: plain"), lines(page, 2));
        }
    }

    @ChromiumOnly
    void onceAndRemoveStopTheHandlerAndReleaseThePagesListeners(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#count");
            String before = lines(page, 1).get(0);
            assertTrue(before.startsWith("bindings: "), before);
            long bound = Long.parseLong(before.substring("bindings: ".length()));
            page.click("#once");
            page.click("#once");
            page.click("#twice-a");
            page.click("#twice-a");
            page.click("#twice-b");
            page.click("#gone");
            page.click("#remove");
            page.click("#gone");
            page.click("#count");
            assertEquals(List.of("once: clicked", "twice: twice-a", "twice: twice-b", "gone: clicked", "removed: gone",
                    "bindings: " + (bound - 4)), lines(page, 7).subList(1, 7),
                    "a collection's once() leaves each member after its first event");
        }
    }

    @ChromiumOnly
    void aStoppedWorkersBindingsLeaveThePage(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#page-count");
            String before = page.text("#page-out");
            assertTrue(before.matches("page bindings: [1-9][0-9]*"), before);
            page.click("#stop");
            page.waitFor("document.getElementById('page-out').textContent === 'stopped'");
            page.click("#hello");
            page.click("#page-count");
            assertEquals("page bindings: 0", page.text("#page-out"));
        }
    }

    @ChromiumOnly
    void aThrowingHandlerIsABannerNamingWorkerAndBindingAndRunsAgain(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#boom");
            page.waitFor("document.querySelectorAll('.java-error').length >= 1");
            page.click("#boom");
            page.waitFor("document.querySelectorAll('.java-error').length >= 2");
            List<String> banners = page.banners();
            assertEquals(2, banners.size(), banners.toString());
            for (int i = 0; i < 2; i++) {
                String heading = "worker 'events': when(\"click\", \"#boom\") on <button id=\"boom\">:"
                        + " java.lang.IllegalStateException: boom " + (i + 1);
                assertTrue(banners.get(i).startsWith(heading), banners.get(i));
            }
            page.click("#hello");
            assertEquals("hello: click true true Hello in a worker true button 0 timeStamp true", lines(page, 1).get(0),
                    "the other handlers go on");
        }
    }

    @ChromiumOnly
    void theEventsMethodsNameWhenOptionsAndAMissingFieldNamesWhatTheCopyHolds(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#refuse");
            List<String> lines = lines(page, 3);
            String rest = " cannot act from a worker: the page has dispatched the event before the worker's handler"
                    + " gets it. Declare it when binding, with new WhenOptions().";
            assertEquals("preventDefault: IllegalStateException: preventDefault()" + rest + "preventDefault(), and the"
                    + " page applies it as it dispatches each event", lines.get(0));
            assertEquals("stopPropagation: IllegalStateException: stopPropagation()" + rest + "stopPropagation(), and"
                    + " the page applies it as it dispatches each event", lines.get(1));
            assertTrue(lines.get(2).contains("'relatedTarget' is not in the copy of the event a worker's handler gets:"
                    + " it holds type, timeStamp, bubbles, cancelable, defaultPrevented, isTrusted, eventPhase, ctrlKey,"),
                    lines.get(2));
        }
    }
}
