package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * The page's fixtures of element properties, innerText and dataset, the typed lookup, style, update,
 * collections and their bulk operations, a select's options, typed inputs and display, run unchanged in workers
 * ({@code WebWorkerElementFixtures} in {@code web-worker-elements.html}): each section's lines are the
 * lines the same script shows on its page ({@code web-more.html}, {@code web-page.html}), whose own
 * tests pin them; an element a worker displays is the element the page displays; text, elements and
 * collections a worker displays into one of the page's elements land as on the page.
 *
 * <p>Chromium only, as {@link WebWorkerTest} says why.
 */
class WebWorkerElementsTest {
    private static final String WORKERS = "/test/web-worker-elements.html";
    /** How long the workers' page may take: ten workers start the test bundle at once on a shared machine. */
    private static final long WORKERS_TIME = 120_000;

    @ChromiumOnly
    void propertiesInnerTextDatasetAndTypedLookupFromAWorkerAreThePagesLines(Lane lane) {
        assertSameLines(lane, "/test/web-more.html", List.of("globals", "text", "lookup"));
    }

    @ChromiumOnly
    void styleUpdateCollectionsOptionsInputsAndDisplayFromAWorkerAreThePagesLines(Lane lane) {
        assertSameLines(lane, "/test/web-page.html", List.of("style", "update", "input", "collection", "select", "display"));
        try (BrowserPage onThePage = lane.load(TestSite.url("/test/web-page.html"));
                BrowserPage fromWorkers = lane.load(TestSite.url(WORKERS))) {
            onThePage.waitForAllDone();
            fromWorkers.waitForAllDone(WORKERS_TIME);
            assertEquals(onThePage.html("#s-display > script-java"), fromWorkers.html("#s-display > script-java"));
            assertEquals("an element", fromWorkers.text("#s-display > script-java > div > div.shown-element"));
        }
    }

    @ChromiumOnly
    void displayIntoAnElementFromAWorkerIsDisplayIntoItOnThePage(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url(WORKERS))) {
            page.waitForAllDone(WORKERS_TIME);
            String expected = "<div><b>one</b><i>two</i></div><div></div>"
                    + "<div><span class=\"made\">an element into an element</span></div>";
            assertEquals(expected, page.html("#into-page"));
            assertEquals(expected, page.html("#into-worker"));
        }
    }

    /** Asserts that each section of the workers' page shows the lines of the same section of {@code pagePath}. */
    private static void assertSameLines(Lane lane, String pagePath, List<String> sections) {
        try (BrowserPage onThePage = lane.load(TestSite.url(pagePath));
                BrowserPage fromWorkers = lane.load(TestSite.url(WORKERS))) {
            onThePage.waitForAllDone();
            fromWorkers.waitForAllDone(WORKERS_TIME);
            for (String section : sections) {
                List<String> expected = lines(onThePage, section);
                assertFalse(expected.isEmpty(), section);
                assertEquals(expected, lines(fromWorkers, section), section);
            }
            assertEquals(List.of(), fromWorkers.banners());
            assertEquals(List.of(), fromWorkers.pageErrors());
        }
    }

    private static List<String> lines(BrowserPage page, String section) {
        return page.texts("#s-" + section + " > script-java > div");
    }
}
