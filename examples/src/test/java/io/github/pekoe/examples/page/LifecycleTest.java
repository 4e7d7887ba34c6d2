package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/** Scripts run in document order, each between java:ready and java:done; a failure stops nothing. */
class LifecycleTest {
    @BothLanes
    void scriptsRunInOrderAndAFailureStopsNothing(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/lifecycle.html"))) {
            page.waitForAllDone();
            assertEquals("[\"ready:page/first\",\"done:page/first\",\"ready:page/throws\",\"done:page/throws\","
                    + "\"ready:page/sleeps\",\"done:page/sleeps\",\"ready:page/third\",\"done:page/third\","
                    + "\"all-done\"]", page.eval("window.__probe.events"));
            assertEquals(List.of("first ran", "second started", "before sleep", "after sleep in java-2",
                    "third ran"), page.texts("script-java > div"));
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @BothLanes
    void anExceptionShowsABannerWithClassMessageCauseAndStack(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/lifecycle.html"))) {
            page.waitForAllDone();
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            String banner = banners.get(0);
            assertTrue(banner.startsWith("script 'page/throws': java.lang.IllegalStateException: second failed"), banner);
            assertTrue(banner.contains("Caused by: java.lang.IllegalArgumentException: the cause"), banner);
            assertTrue(banner.contains("\tat "), "the banner carries the stack: " + banner);
            assertEquals("BODY", page.eval("document.querySelector('.java-error').parentNode.tagName"));
            assertEquals(Boolean.TRUE, page.eval("document.body.lastElementChild.className === 'java-error'"));
            assertTrue(page.consoleErrors().stream().anyMatch(e -> e.contains("second failed")),
                    page.consoleErrors().toString());
        }
    }

    @BothLanes
    void aJavaScriptErrorInAScriptIsReportedAndTheNextScriptRuns(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/js-error.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("before the browser throws", "third ran"), page.texts("script-java > div"));
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).contains("TypeError: thrown by the page"), banners.get(0));
            assertEquals(List.of(), page.pageErrors());
        }
    }
}
