package io.github.pekoe.examples.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.fixtures.NumberFixtures;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * Doubles and floats print in the page exactly as on the JVM, although the bundle formats them with
 * the browser's digits (Pekoe's compiler plugin replaces TeaVM's formatter).
 */
class NumberTextTest {
    /**
     * Float.MIN_NORMAL as Java 19 and later print it. Java 17 prints "1.17549435E-38", one digit more
     * than needed (JDK-4511638, fixed in Java 19); Pekoe prints the shortest digits, as Java does now.
     */
    private static final String JDK19_MIN_NORMAL = "1.1754944E-38";

    @BothLanes
    void doublesAndFloatsReadAsJavaWritesThem(Lane lane) {
        List<String> doubles = new ArrayList<>();
        for (double value : NumberFixtures.DOUBLES) {
            doubles.add(Double.toString(value));
        }
        List<String> floats = new ArrayList<>();
        for (float value : NumberFixtures.FLOATS) {
            floats.add(value == Float.MIN_NORMAL ? JDK19_MIN_NORMAL : Float.toString(value));
        }
        try (BrowserPage page = lane.load(TestSite.url("/test/numbers.html"))) {
            page.waitForAllDone();
            assertEquals(doubles, page.texts("#doubles > script-java > div"));
            assertEquals(floats, page.texts("#floats > script-java > div"));
        }
    }
}
