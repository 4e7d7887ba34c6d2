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
 * Ints, longs, doubles and floats print in the page exactly as on the JVM, although the bundle formats them
 * with the browser's digits (Pekoe's compiler plugin replaces TeaVM's formatters).
 */
class NumberTextTest {
    /**
     * Float.MIN_NORMAL as Java 19 and later print it. Java 17 prints "1.17549435E-38", one digit more
     * than needed (JDK-4511638, fixed in Java 19); Pekoe prints the shortest digits, as Java does now.
     */
    private static final String JDK19_MIN_NORMAL = "1.1754944E-38";

    @BothLanes
    void intsAndLongsReadAsJavaWritesThemInEveryRadix(Lane lane) {
        List<String> ints = new ArrayList<>();
        for (int value : NumberFixtures.INTS) {
            StringBuilder line = new StringBuilder("|").append(value).insert(0, value);
            line.append(' ').append(String.valueOf(value)).append(' ').append(Integer.toString(value));
            line.append(' ').append(Integer.toHexString(value)).append(' ').append(Integer.toOctalString(value))
                    .append(' ').append(Integer.toBinaryString(value));
            for (int radix : NumberFixtures.RADIXES) {
                line.append(' ').append(Integer.toString(value, radix));
            }
            ints.add(value + " " + line);
        }
        List<String> longs = new ArrayList<>();
        for (long value : NumberFixtures.LONGS) {
            StringBuilder line = new StringBuilder("|").append(value).insert(0, value);
            line.append(' ').append(String.valueOf(value)).append(' ').append(Long.toString(value));
            line.append(' ').append(Long.toHexString(value)).append(' ').append(Long.toOctalString(value))
                    .append(' ').append(Long.toBinaryString(value));
            for (int radix : NumberFixtures.RADIXES) {
                line.append(' ').append(Long.toString(value, radix));
            }
            longs.add(value + " " + line);
        }
        try (BrowserPage page = lane.load(TestSite.url("/test/numbers.html"))) {
            page.waitForAllDone();
            assertEquals(ints, page.texts("#ints > script-java > div"));
            assertEquals(longs, page.texts("#longs > script-java > div"));
        }
    }

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
