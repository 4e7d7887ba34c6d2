package io.github.pekoe.examples.bench;

import io.github.pekoe.examples.server.EchoSocketServer;
import java.io.IOException;

/**
 * Runs the soak once: each part in a new Chromium on an empty profile, against the benchmark site and
 * an {@link EchoSocketServer} on loopback (a free port, stopped afterwards), waiting on
 * {@code settle} before each part.
 */
final class SoakRunner {

    /** The parts of a soak, each a run in a browser of its own. */
    static final int PARTS = 4;

    private SoakRunner() {
    }

    /** What the runner waits on before each part, such as a quiet machine. */
    @FunctionalInterface
    interface Settle {
        /** Returns when the next part may start. */
        void await() throws InterruptedException;
    }

    /** Runs the four parts with {@code counts}. */
    static SoakResult run(ColdChromium chromium, BenchSite site, SoakCounts counts, Settle settle)
            throws IOException, InterruptedException {
        try (EchoSocketServer echo = EchoSocketServer.start("127.0.0.1", 0)) {
            settle.await();
            ClickSoak clicks = chromium.withFreshBrowser(s -> ClickSoak.run(s, site, counts.clicks(), counts.clickBatch()));
            settle.await();
            SocketSoak socket = chromium.withFreshBrowser(s -> SocketSoak.run(s, site, echo.url(), counts.messages()));
            settle.await();
            WhenSoak when = chromium.withFreshBrowser(s -> WhenSoak.run(s, site, counts.registrations()));
            settle.await();
            StoreSoak store = chromium.withFreshBrowser(s -> StoreSoak.run(s, site, counts.keys()));
            return new SoakResult(counts, clicks, socket, when, store);
        }
    }
}
