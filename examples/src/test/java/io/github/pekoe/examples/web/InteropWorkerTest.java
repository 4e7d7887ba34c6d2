package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * JsValue and JsCallback in a worker (interop-worker.html): {@code JsValue.global()} is the worker's
 * scope, and callbacks run on the worker's handler threads. Chromium only: HtmlUnit delivers a
 * worker's messages only to a worker constructed by a classic script at top level.
 */
class InteropWorkerTest {
    @ChromiumOnly
    void theGlobalScopeIsTheWorkersAndCallbacksRunThere(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/interop-worker.html"))) {
            page.waitFor("document.querySelectorAll('#java-w0-target > div').length >= 6");
            assertEquals(List.of(
                    "has document: false",
                    "has window: false",
                    "global scope: DedicatedWorkerGlobalScope",
                    "Math.max: 5",
                    "a missing property: JsException: globalThis.document is missing: globalThis has no property"
                            + " 'document'",
                    "callback in the worker: from setTimeout"), page.texts("#java-w0-target > div"));
            page.waitFor("document.querySelectorAll('.java-error').length >= 1");
            assertTrue(page.banners().get(0).startsWith("worker 'interop': JsCallback 'worker failure': java.lang.IllegalStateException: a worker"
                    + " callback failed"),
                    page.banners().toString());
        }
    }
}
