package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;

/**
 * The page in HtmlUnit and in headless Chromium (when one is installed): mvn verify builds target/site,
 * serves it on a free loopback port and opens index.html in each browser, starting with an empty store.
 * Chromium keeps the store in IndexedDB; HtmlUnit, which has none, in localStorage: both keep it across a
 * reload of the same page.
 */
class CounterPageTest {

    /** Clicks count, and the count is still there after a reload. */
    @BothLanes
    void clicksAreCountedAndSurviveAReload(Lane lane) {
        try (BrowserPage page = lane.open("/index.html")) {
            assertEquals("0", page.text("#count"));
            page.click("#add");
            page.click("#add");
            page.waitFor("document.querySelector('#count').textContent === '2'");

            page.reload();
            page.waitForAllDone();
            assertEquals("2", page.text("#count"));
        }
    }

    /** "Start again" sets the count back to zero, also on disk. */
    @BothLanes
    void resetStartsAgain(Lane lane) {
        try (BrowserPage page = lane.open("/index.html")) {
            page.click("#add");
            page.waitFor("document.querySelector('#count').textContent === '1'");
            page.click("#reset");
            page.waitFor("document.querySelector('#count').textContent === '0'");

            page.reload();
            page.waitForAllDone();
            assertEquals("0", page.text("#count"));
        }
    }
}
