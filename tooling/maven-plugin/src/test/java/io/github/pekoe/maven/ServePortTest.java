package io.github.pekoe.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ServePortTest {
    @Test
    void pekoePortOverridesThePoms() throws Exception {
        assertEquals(8000, ServePort.of(null, 8000));
        assertEquals(8000, ServePort.of(" ", 8000));
        assertEquals(9123, ServePort.of(" 9123 ", 8000));
        assertEquals(0, ServePort.of("0", 8000));
    }

    @Test
    void aBadPekoePortIsNamed() {
        assertEquals("PEKOE_PORT='80x' is not a port number (0 to 65535)",
                assertThrows(MojoExecutionException.class, () -> ServePort.of("80x", 8000)).getMessage());
        assertEquals("PEKOE_PORT='70000' is not a port number (0 to 65535)",
                assertThrows(MojoExecutionException.class, () -> ServePort.of("70000", 8000)).getMessage());
    }
}
