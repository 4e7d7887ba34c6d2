package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * A worker's calls to the page in batches (see {@code WebWorkerBatchFixtures}): a list of 1,000 items
 * built from a worker is the list built on the page; reads between writes see every write before them;
 * {@code dataset()}, {@code replaceChildren} and the page's title work from it; appends that would fail
 * fail at the same call as on the page; a queued call the page refuses is
 * thrown, named, by the worker's next call that waits for the page, and the calls queued after it are
 * not run.
 *
 * <p>Chromium only, as {@link WebWorkerTest} says why.
 */
class WebWorkerBatchTest {
    /** What the body reports, on the page and in the worker. */
    private static final List<String> EXPECTED = List.of(
            "built: 1000 tea 999",
            "read 1: one",
            "read 2: two x",
            "read 3: two<span>b</span>",
            "read 4: two null",
            "same: true false true",
            "dataset: 42 {teaId=42, kind=green} 42",
            "replaceChildren: <span>z</span> and 1",
            "append a holder: IllegalArgumentException: cannot append <li> to <ul>, which is inside it",
            "append into itself: IllegalArgumentException: cannot append <p> to itself");

    @ChromiumOnly
    void aListBuiltFromAWorkerIsTheListBuiltOnThePage(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-batch.html"))) {
            page.waitForAllDone();
            assertEquals(EXPECTED, page.texts("#batch-out > div"));
            List<String> worker = page.texts("#batch-worker-script-target > div");
            assertEquals(EXPECTED, worker.subList(0, Math.min(worker.size(), EXPECTED.size())), worker.toString());
            String built = page.html("#batch-main-list");
            assertEquals(1000, page.count("#batch-main-list > li.even") * 2);
            assertEquals(built, page.html("#batch-worker-list"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @ChromiumOnly
    void aQueuedCallThePageRefusesIsThrownByTheNextCallThatWaitsNamingIt(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-batch.html"))) {
            page.waitForAllDone();
            List<String> worker = page.texts("#batch-worker-script-target > div");
            assertEquals(EXPECTED.size() + 3, worker.size(), worker.toString());
            assertEquals("set from a worker", page.eval("document.title"));
            assertEquals(List.of("title: set from a worker", "queued refusal: WorkerException: JavaScript Error: this element keeps its text (on the page,"
                    + " from text(...), queued and run at the worker's next call that waits for the page)", "after refusal: 0 kept"),
                    worker.subList(EXPECTED.size(), worker.size()));
        }
    }

    /**
     * The same list built from a worker with batching, with each call sent alone, and as one
     * {@code html(...)} call; prints how long each took (the README's figures), asserting none.
     */
    @ChromiumOnly
    void aListBuiltWithAndWithoutBatchingIsTheSameList(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-batch-timing.html"))) {
            page.waitForAllDone(120_000);
            assertEquals(List.of("batched: 1000", "alone: 1000", "html: 1000"),
                    page.texts("#timing-worker-target > div"));
            assertEquals(page.html("#timed-html"), page.html("#timed-batched"));
            assertEquals(page.html("#timed-html"), page.html("#timed-alone"));
            System.out.println("1,000 items from a worker: batched " + page.attr("#timed-batched", "data-ms")
                    + " ms, each call alone " + page.attr("#timed-alone", "data-ms") + " ms, one html() call "
                    + page.attr("#timed-html", "data-ms") + " ms");
        }
    }
}
