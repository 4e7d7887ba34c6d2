package io.github.pekoe.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Where the Chromium lane finds its browser: a configured path that is not there is an error naming
 * it; no browser at all skips the lane with the reason, or fails it when Chromium is required.
 * (The environment variables are not set in these tests' JVM; the system properties are.)
 */
class ChromiumLocationTest {

    private static final Path NOWHERE = Path.of("/no/such/dir/chromium");
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void save() {
        for (String key : new String[] {ChromiumLocation.PATH_PROPERTY, ChromiumLocation.REQUIRE_PROPERTY}) {
            saved.put(key, System.getProperty(key));
            System.clearProperty(key);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void aConfiguredPathThatIsNoExecutableIsNamed() {
        System.setProperty(ChromiumLocation.PATH_PROPERTY, "/no/such/chromium");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChromiumLocation.executable(NOWHERE));
        assertEquals("Chromium named by pekoe.testing.chromium or PEKOE_CHROMIUM is not an executable file:"
                + " /no/such/chromium", e.getMessage());
    }

    @Test
    void noChromiumSkipsTheLaneWithTheReason() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> ChromiumLocation.executable(NOWHERE));
        assertEquals("Chromium lane skipped: no Chromium at /no/such/dir/chromium and none named by"
                + " -Dpekoe.testing.chromium=PATH or PEKOE_CHROMIUM; install one (apt-get install chromium),"
                + " Pekoe never downloads a browser", e.getMessage());
    }

    @Test
    void noChromiumFailsWhenChromiumIsRequired() {
        System.setProperty(ChromiumLocation.REQUIRE_PROPERTY, "true");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChromiumLocation.executable(NOWHERE));
        assertEquals("the Chromium lane is required (pekoe.testing.requireChromium=true) but there is no Chromium at"
                + " /no/such/dir/chromium and none named by -Dpekoe.testing.chromium=PATH or PEKOE_CHROMIUM;"
                + " install one (apt-get install chromium), Pekoe never downloads a browser", e.getMessage());
    }

    @Test
    void aFoundChromiumIsLaunched() {
        Path fallback = Path.of("/bin/sh");
        assertEquals(fallback, ChromiumLocation.executable(fallback));
    }
}
