package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * A worker that stops takes the page's handles with it ({@code WebWorkerStopFixtures} in
 * {@code web-worker-stop.html}): once {@code terminate()} returns, and once the page hears that a
 * worker failed, the page keeps none of the nodes that worker held.
 *
 * <p>Chromium only, as {@link WebWorkerTest} says why.
 */
class WebWorkerStopTest {
    @ChromiumOnly
    void thePageDropsTheHandlesOfAWorkerThatIsTerminatedOrFails(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-stop.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("held by a running worker: 50", "held after terminate(): 0",
                    "held by a worker about to fail: 50"), page.texts("#stop-out > div"));
            page.waitFor("window.pekoeHeld() === 0");
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).contains("could not run: ") && banners.get(0).contains("the holder fails outside Java"),
                    banners.get(0));
        }
    }
}
