package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The report's table of what ordinary String and regex calls cost a bundle, before and after Pekoe's
 * rerouting: every {@link CostProbe} is built twice, with TeaVM's implementation of its call and with
 * Pekoe's, and each bundle's gzip size is compared with the baseline probe's.
 */
final class StringCosts {
    private StringCosts() {
    }

    /** Builds the probes into {@code dir} and appends the table. */
    static void append(StringBuilder out, Path dir) throws IOException {
        out.append("## What String calls cost a bundle\n\n")
                .append("| call (probe package) | TeaVM's, gzip | cost | Pekoe's, gzip | cost |\n")
                .append("|---|---:|---:|---:|---:|\n");
        int base = gzip(ProbeBundles.build(dir, CostProbe.BASE, true));
        for (CostProbe probe : CostProbe.values()) {
            if (probe == CostProbe.BASE) {
                out.append(row(probe, base, "-", base, "-"));
                continue;
            }
            int routed = gzip(ProbeBundles.build(dir, probe, true));
            int teavm = probe.routed() ? gzip(ProbeBundles.build(dir, probe, false)) : routed;
            out.append(row(probe, teavm, cost(teavm, base), routed,
                    cost(routed, base) + (probe.routed() ? "" : " (TeaVM's own, not rerouted)")));
        }
        out.append("""

                Bytes, gzip at the best level, of minified ADVANCED bundles built by this run from each probe \
                package's `PekoePage` (in `%s`): "TeaVM's" with the TeaVM property `pekoe.compactStrings` set to \
                `false`, which turns Pekoe's rerouting off, "Pekoe's" as a page is built. A cost is the bundle's \
                size minus the baseline's.

                """.formatted(dir.getFileName()));
    }

    private static String row(CostProbe probe, int before, String costBefore, int after, String costAfter) {
        return String.format(Locale.ROOT, "| %s (`%s`) | %,d | %s | %,d | %s |%n", probe.call(), probe.id(), before,
                costBefore, after, costAfter);
    }

    private static String cost(int size, int base) {
        return String.format(Locale.ROOT, "%+,d", size - base);
    }

    private static int gzip(Path bundle) throws IOException {
        return Gzipped.size(Files.readAllBytes(bundle));
    }
}
