package io.github.pekoe.examples.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Checks the lanes, in both browsers, on a plain page without Pekoe (harness-smoke.html), which shows a
 * banner and raises a page error on purpose.
 */
@ExpectPageErrors
class HarnessSmokeTest {

    private static final String PAGE = "/test/harness-smoke.html";

    @BothLanes
    void evalConvertsResults(Lane lane) {
        try (BrowserPage page = lane.load(PAGE)) {
            assertEquals("Harness smoke", page.eval("document.title"));
            assertEquals(2L, page.eval("1 + 1"));
            assertEquals(0.5, page.eval("1 / 2"));
            assertEquals(true, page.eval("document.body !== null"));
            assertNull(page.eval("undefined"));
            assertNull(page.eval("null"));
            assertEquals("[1,\"a\"]", page.eval("[1, 'a']"));
        }
    }

    @BothLanes
    void readsTheDom(Lane lane) {
        try (BrowserPage page = lane.load(PAGE)) {
            assertEquals("Harness smoke", page.text("#title"));
            assertEquals("Harness <em>smoke</em>", page.html("#title"));
            assertNull(page.text("#nothing"));
            assertEquals(2, page.count("#items li"));
            assertEquals(List.of("one", "two"), page.texts("#items li"));
            assertEquals("adder", page.attr("#add", "data-kind"));
            assertNull(page.attr("#add", "data-missing"));
            assertEquals("appended by script", page.text("#appended"));
        }
    }

    @BothLanes
    void clicks(Lane lane) {
        try (BrowserPage page = lane.load(PAGE)) {
            page.click("#add");
            page.waitFor("document.querySelectorAll('#items li').length === 3");
            assertEquals("added 2", page.text("#items li:last-child"));
            assertThrows(AssertionError.class, () -> page.click("#nothing"));
        }
    }

    @BothLanes
    void recordsLifecycleAndErrors(Lane lane) {
        try (BrowserPage page = lane.load(PAGE)) {
            page.waitForAllDone();
            assertEquals("ready:greeter, done:greeter, all-done", page.eval("window.__probe.events.join(', ')"));
            assertEquals(List.of("smoke: console error"), page.consoleErrors());
            assertEquals(List.of("smoke: console warning"), page.consoleWarnings());
            assertEquals(1, page.pageErrors().size(), () -> "page errors: " + page.pageErrors());
            assertTrue(page.pageErrors().get(0).contains("smoke: uncaught"), () -> "page errors: " + page.pageErrors());
            assertEquals(List.of("smoke banner"), page.banners());
        }
    }
}
