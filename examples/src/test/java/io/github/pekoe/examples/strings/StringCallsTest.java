package io.github.pekoe.examples.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.fixtures.StringFixtures;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code String.format}, {@code formatted}, {@code split}, {@code replaceAll}, {@code replaceFirst}
 * and {@code matches} give in the page exactly what they give on the JVM (for {@code Locale.ROOT}),
 * although Pekoe's compiler plugin routes them to small implementations on the browser's own
 * machinery; the calls it leaves to TeaVM give the JVM's results too.
 */
class StringCallsTest {
    /** The outcomes of {@code cases} on this JVM, for {@code Locale.ROOT}, as the page shows them. */
    static List<String> onTheJvm(List<Supplier<Object>> cases) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            List<String> outcomes = new ArrayList<>();
            for (Supplier<Object> scenario : cases) {
                outcomes.add(StringFixtures.outcome(scenario));
            }
            return outcomes;
        } finally {
            Locale.setDefault(before);
        }
    }

    @BothLanes
    void formatWritesWhatTheJvmWrites(Lane lane) {
        List<String> expected = onTheJvm(StringFixtures.formatCases());
        assertTrue(expected.size() >= 40);
        try (BrowserPage page = lane.load(TestSite.url("/test/strings.html"))) {
            page.waitForAllDone();
            assertEquals(expected, page.texts("#format > script-java > div"));
        }
    }

    @BothLanes
    void regexCallsGiveWhatTheJvmGives(Lane lane) {
        List<String> expected = onTheJvm(StringFixtures.regexCases());
        assertTrue(expected.size() >= 30);
        try (BrowserPage page = lane.load(TestSite.url("/test/strings.html"))) {
            page.waitForAllDone();
            assertEquals(expected, page.texts("#regex > script-java > div"));
        }
    }

    @BothLanes
    void callsLeftToTeaVmGiveWhatTheJvmGives(Lane lane) {
        List<String> expected = onTheJvm(StringFixtures.fallbackCases());
        try (BrowserPage page = lane.load(TestSite.url("/test/strings.html"))) {
            page.waitForAllDone();
            assertEquals(expected, page.texts("#fallback > script-java > div"));
        }
    }
}
