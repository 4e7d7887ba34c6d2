package io.github.pekoe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A configured Chromium that is not there is an error naming it, in either lane's start. */
class ChromiumLocationTest {

    @Test
    void aConfiguredPathThatIsNoExecutableIsNamed() {
        String before = System.getProperty("pekoe.testing.chromium");
        System.setProperty("pekoe.testing.chromium", "/no/such/chromium");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> io.github.pekoe.testing.internal.ChromiumLocation.executable());
            assertEquals("Chromium named by pekoe.testing.chromium or PEKOE_CHROMIUM is not an executable file:"
                    + " /no/such/chromium", e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("pekoe.testing.chromium");
            } else {
                System.setProperty("pekoe.testing.chromium", before);
            }
        }
    }
}
