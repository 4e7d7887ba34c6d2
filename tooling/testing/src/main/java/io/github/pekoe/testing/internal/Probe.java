package io.github.pekoe.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The lifecycle probe both lanes inject into every page: {@code io/github/pekoe/testing/probe.js}. */
final class Probe {

    /** Where the probe is on the class path. */
    static final String RESOURCE = "/io/github/pekoe/testing/probe.js";

    private static String script;

    private Probe() {
    }

    /** The probe's JavaScript source. */
    static synchronized String script() {
        if (script == null) {
            try (InputStream in = Probe.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " on the class path: the testing jar is incomplete");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return script;
    }
}
