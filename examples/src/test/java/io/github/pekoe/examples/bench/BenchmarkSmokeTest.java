package io.github.pekoe.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark working without timing anything: every benchmark page, in Pekoe and in
 * hand-written JavaScript (and in PyScript when its npm folder exists), runs once through the
 * benchmark's own runner code, cold, and must finish with every figure of its page measured.
 * The soak runs once with small counts, and must finish with its order and listener checks holding.
 * Chromium only: the benchmark measures a real browser. The report's cost probes must have their
 * entry points, and three of them must build: the baseline and the Matcher probe with and without
 * Pekoe's rerouting, which must keep {@code java.util.regex} out.
 */
class BenchmarkSmokeTest {

    private static BenchSite site;
    private static ColdChromium chromium;

    @BeforeAll
    static void start() throws IOException {
        site = BenchSite.start(BenchDirs.bench(), BenchDirs.npm());
        chromium = ColdChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyPageFinishesWithItsFiguresChromium() {
        List<Twin> twins = new ArrayList<>(List.of(Twin.VANILLA, Twin.PEKOE));
        if (BenchmarkRunner.pyscriptInstalled()) {
            twins.add(Twin.PYSCRIPT);
        }
        List<String> failures = new ArrayList<>();
        for (BenchPage page : BenchPage.values()) {
            for (Twin twin : twins) {
                RunResult result = BenchmarkRunner.runOnce(chromium, site, page, twin);
                if (!result.complete()) {
                    failures.add(twin.file(page) + ": measured " + result.figures().keySet() + " of " + page.figures(twin)
                            + (result.problems().isEmpty() ? "" : "; " + result.problems()));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void soakFinishesWithSmallCountsChromium() throws Exception {
        SoakResult soak = SoakRunner.run(chromium, site, SoakCounts.smoke(), () -> { });
        assertTrue(soak.complete(), "soak incomplete: " + soak.problems() + " " + soak);
        assertEquals("held", soak.socket().order(), "WebSocket message order");
        assertEquals(0, soak.when().listenersLeft(), "listeners left after removing every when binding");
        assertEquals(0.0, soak.when().callsAfterRemoval(), "handler calls after removal");
        assertTrue(soak.store().allRead(), "keys read back: " + soak.store().matched());
    }

    @Test
    void costProbesBuildAndTheRoutedMatcherStaysSmall() throws Exception {
        for (CostProbe probe : CostProbe.values()) {
            Class.forName(probe.mainClass(), false, getClass().getClassLoader());
        }
        Path dir = BenchDirs.bench().resolve("costs");
        int base = Gzipped.size(Files.readAllBytes(ProbeBundles.build(dir, CostProbe.BASE, true)));
        int routed = Gzipped.size(Files.readAllBytes(ProbeBundles.build(dir, CostProbe.MATCHER, true)));
        int teavm = Gzipped.size(Files.readAllBytes(ProbeBundles.build(dir, CostProbe.MATCHER, false)));
        assertTrue(routed - base < 5_000 && teavm - routed > 20_000,
                "Matcher probe: baseline " + base + ", rerouted " + routed + ", TeaVM's " + teavm + " bytes gzip");
    }
}
