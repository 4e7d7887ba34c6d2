package io.github.pekoe.examples.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.fixtures.PatternFixtures;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * {@code Pattern} and {@code Matcher} give in the page exactly what they give on the JVM, both where
 * Pekoe's compiler plugin routes them to its small pattern on the browser's {@code RegExp} and where
 * it leaves them to TeaVM's {@code java.util.regex}.
 */
class PatternCallsTest {
    @BothLanes
    void routedPatternsGiveWhatTheJvmGives(Lane lane) {
        List<String> expected = StringCallsTest.onTheJvm(PatternFixtures.routedCases());
        assertTrue(expected.size() >= 40);
        try (BrowserPage page = lane.load(TestSite.url("/test/patterns.html"))) {
            page.waitForAllDone();
            assertEquals(expected, page.texts("#routed > script-java > div"));
        }
    }

    @BothLanes
    void patternsLeftToTeaVmGiveWhatTheJvmGives(Lane lane) {
        List<String> expected = StringCallsTest.onTheJvm(PatternFixtures.fallbackCases());
        try (BrowserPage page = lane.load(TestSite.url("/test/patterns.html"))) {
            page.waitForAllDone();
            assertEquals(expected, page.texts("#fallback > script-java > div"));
        }
    }
}
