package io.github.pekoe.maven.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pekoe.maven.Bundle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BundlePlannerTest {
    @Test
    void noListIsOneBootstrapBundleNamedPekoe() {
        List<PlannedBundle> expected = List.of(new PlannedBundle("pekoe", "io.github.pekoe.boot.Bootstrap"));
        assertEquals(expected, BundlePlanner.plan(null));
        assertEquals(expected, BundlePlanner.plan(List.of()));
        assertEquals("pekoe.js", expected.get(0).fileName());
    }

    @Test
    void eachListedBundleIsItsPackagesPekoePage() {
        List<PlannedBundle> planned = BundlePlanner.plan(List.of(new Bundle(" greeter ", "com.example.greeter"),
                new Bundle("clock-2", " com.example.clock\n")));
        assertEquals(List.of(new PlannedBundle("greeter", "com.example.greeter.PekoePage"),
                new PlannedBundle("clock-2", "com.example.clock.PekoePage")), planned);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "       | com.a  | <bundles> entry 1 <bundle><name>null</name><package>com.a</package></bundle> has no <name>",
        "a.js   | com.a  | <name> 'a.js' must be a file name without .js",
        "a/b    | com.a  | <name> 'a/b' must be a file name without .js",
        "a      |        | has no <package> (the page package whose scripts it carries)",
        "a      | com..a | <package> 'com..a' is not a Java package name",
        "a      | 1com   | <package> '1com' is not a Java package name",
    })
    void badEntriesAreNamedWithWhatIsWrong(String name, String pkg, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundlePlanner.plan(List.of(new Bundle(name, pkg))));
        assertContains(message, e.getMessage());
    }

    @Test
    void twoBundlesOfOneNameAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundlePlanner.plan(List.of(new Bundle("a", "com.a"), new Bundle("a", "com.b"))));
        assertContains("<bundles> entry 2", e.getMessage());
        assertContains("another bundle is already named 'a'", e.getMessage());
    }

    private static void assertContains(String expected, String actual) {
        if (!actual.contains(expected)) {
            throw new AssertionError("expected the message to contain <" + expected + "> but it was <" + actual + ">");
        }
    }
}
