package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * A worker's queued calls and its Java threads ({@code WebWorkerWaitFixtures} in
 * {@code web-worker-waits.html}): a change queued before a {@code Thread.sleep}, a wait for a lock or
 * for a JavaScript promise shows on the page while the worker still waits, since only the page (a
 * click here) ends each wait; an element made pending on one thread of a worker is appended and read
 * on another while the first waits for the page's answer.
 *
 * <p>Chromium only, as {@link WebWorkerTest} says why.
 */
class WebWorkerWaitsTest {
    @ChromiumOnly
    void aChangeQueuedBeforeAWaitShowsOnThePageWhileTheWorkerWaits(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-waits.html"))) {
            page.waitForAllDone();
            for (String wait : List.of("sleep", "lock", "promise")) {
                page.waitFor("document.getElementById('queued-" + wait + "').textContent === 'queued before the "
                        + wait + "'");
                page.click("#release-" + wait);
            }
            page.waitFor("document.querySelectorAll('#waits-out > div').length > 0");
            assertEquals(List.of("released: queued before the sleep, queued before the lock, queued before the promise"),
                    page.texts("#waits-out > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void anElementMadeOnOneThreadOfAWorkerWorksOnAnother(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-waits.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("script's thread: true made on the script's thread",
                    "second thread: 1 true threads-stage",
                    "both: 1 made on the script's thread"), page.texts("#threads-target > div"));
            assertEquals("<div id=\"threads-made\">made on the script's thread</div>", page.html("#threads-stage"));
            assertEquals(List.of(), page.banners());
        }
    }
}
