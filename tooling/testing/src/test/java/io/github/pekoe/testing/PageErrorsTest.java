package io.github.pekoe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A page's error banners and page errors fail its test unless the test reads them or declares
 * {@link ExpectPageErrors}: each case is a small test class run through JUnit's launcher, whose
 * outcome is asserted here. (The cases are nested classes, which surefire does not run by itself.)
 */
class PageErrorsTest {

    @Test
    void anUnreadBannerFailsTheTestInEachLane() {
        TestExecutionSummary summary = run(UnreadBanner.class);
        assertEquals(2, summary.getTestsFailedCount(), () -> describe(summary));
        for (TestExecutionSummary.Failure failure : summary.getFailures()) {
            String message = failure.getException().getMessage();
            assertTrue(message.startsWith("the test's pages showed 1 error(s) it did not expect"), message);
            assertTrue(message.contains("/banner.html: java.lang.IllegalStateException: failing on purpose"), message);
        }
    }

    @Test
    void anUnreadPageErrorFailsTheTestEvenWhenThePageWasLeftOpen() {
        TestExecutionSummary summary = run(UnreadPageError.class);
        assertEquals(2, summary.getTestsFailedCount(), () -> describe(summary));
        for (TestExecutionSummary.Failure failure : summary.getFailures()) {
            String message = failure.getException().getMessage();
            assertTrue(message.contains("page error on ") && message.contains("uncaught on purpose"), message);
        }
    }

    @Test
    void aBannerTheTestReadsOrExpectsFailsNothing() {
        for (Class<?> fixture : List.of(ReadBanner.class, ExpectedBanner.class, CleanPage.class)) {
            TestExecutionSummary summary = run(fixture);
            assertEquals(2, summary.getTestsSucceededCount(), () -> fixture.getSimpleName() + ": " + describe(summary));
            assertEquals(0, summary.getTotalFailureCount(), () -> fixture.getSimpleName() + ": " + describe(summary));
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(fixture)).build(), listener);
        return listener.getSummary();
    }

    private static String describe(TestExecutionSummary summary) {
        StringBuilder text = new StringBuilder(summary.getTestsSucceededCount() + " succeeded, "
                + summary.getTestsFailedCount() + " failed, " + summary.getTestsAbortedCount() + " aborted");
        summary.getFailures().forEach(failure -> text.append("; ").append(failure.getException()));
        return text.toString();
    }

    /** Opens a page with a banner and asserts nothing about it. */
    static class UnreadBanner {
        @BothLanes
        void opens(Lane lane) {
            try (BrowserPage page = lane.open("/banner.html")) {
                assertEquals("Banner", page.eval("document.title"));
            }
        }
    }

    /** Leaves a page with an uncaught error open: the page test closes and checks it. */
    static class UnreadPageError {
        @BothLanes
        void opens(Lane lane) {
            BrowserPage page = lane.open("/page-error.html");
            page.waitFor("window.thrown === true");
        }
    }

    /** Reads the banner and asserts it. */
    static class ReadBanner {
        @BothLanes
        void opens(Lane lane) {
            try (BrowserPage page = lane.open("/banner.html")) {
                assertEquals(List.of("java.lang.IllegalStateException: failing on purpose"), page.banners());
            }
        }
    }

    /** The unread banner again, declared on the class as expected. */
    @ExpectPageErrors
    static class ExpectedBanner extends UnreadBanner {
    }

    /** A page without errors. */
    static class CleanPage {
        @BothLanes
        void opens(Lane lane) {
            try (BrowserPage page = lane.open("/hello.html")) {
                assertEquals("Hello", page.text("#out"));
            }
        }
    }
}
