package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The report's bundle tables: each page's script sizes, and what the hello bundle is made of. */
final class BundleTables {

    private BundleTables() {
    }

    /** Appends both tables for the built benchmark directory {@code benchDir}. */
    static void append(StringBuilder out, Path benchDir) throws IOException {
        out.append("## Bundle sizes\n\n| page | Pekoe bundle | Pekoe gzip | JavaScript gzip |\n|---|---:|---:|---:|\n");
        for (BenchPage page : BenchPage.values()) {
            if (page.traced()) {
                continue;
            }
            Path bundle = benchDir.resolve("app").resolve(page.id() + ".js");
            Path vanilla = benchDir.resolve(page.id() + ".vanilla.js");
            out.append("| ").append(page.id()).append(" | ").append(size(bundle, false)).append(" | ")
                    .append(size(bundle, true)).append(" | ").append(size(vanilla, true)).append(" |\n");
        }
        out.append("\nSizes in kB (1000 bytes); gzip at the best level. PyScript's sizes are in the \"moved\" rows above.\n\n");
        composition(out, benchDir);
    }

    private static void composition(StringBuilder out, Path benchDir) throws IOException {
        Path readable = benchDir.resolve("app-readable/hello.js");
        Path minified = benchDir.resolve("app/hello.js");
        out.append("## What the hello bundle is made of\n\n");
        if (!Files.isRegularFile(readable) || !Files.isRegularFile(minified)) {
            out.append("Not measured: the unminified hello bundle (").append(readable)
                    .append(") is built only by the bench profile.\n\n");
            return;
        }
        Map<BundleComposition.Part, BundleComposition.Share> parts = BundleComposition.of(
                Files.readString(readable, StandardCharsets.UTF_8));
        int minifiedGzip = Gzipped.size(Files.readAllBytes(minified));
        double gzipSum = parts.values().stream().mapToInt(BundleComposition.Share::gzip).sum();
        out.append("| part | unminified | gzip alone | share | of the minified bundle's ")
                .append(kb(minifiedGzip)).append(" kB gzip |\n|---|---:|---:|---:|---:|\n");
        parts.forEach((part, share) -> out.append("| ").append(part.label()).append(" | ").append(kb(share.bytes()))
                .append(" | ").append(kb(share.gzip())).append(" | ")
                .append(String.format(Locale.ROOT, "%.0f%%", 100 * share.gzip() / gzipSum)).append(" | ")
                .append(kb(minifiedGzip * share.gzip() / gzipSum)).append(" |\n"));
        out.append("""

                Method: the hello page's bundle is built a second time with `minifying` false (the bench profile's \
                `bench-hello-readable` execution, otherwise as the page's bundle is built). TeaVM writes each top-level \
                declaration one level deep, named after its class's package initials; the bundle is cut at those \
                declarations and each piece sorted by its name: `$rt_*`, `$dbg_*`, `Long_*`, thread support and \
                `org.teavm.*` (`ot*_`, JSO included) as runtime; `$rt_metadata`, `$rt_packages` and `$rt_stringPool` \
                calls as metadata; `java.*` (`jl_`, `ju_`, ...) as the class library; `io.github.pekoe.*` (`igp*_`) as \
                Pekoe, with the page package's generated `PekoePage` and indexes (TeaVM inlines Pekoe's start-up into \
                `PekoePage.main`), except the page's own class. Each part is gzipped on its own, and its share of the \
                parts' summed gzip sizes is applied to the minified bundle's gzip size: an estimate, since minified \
                names are shorter and gzip finds repeats across parts too.

                """);
    }

    private static String size(Path file, boolean gzip) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "-";
        }
        byte[] bytes = Files.readAllBytes(file);
        return kb(gzip ? Gzipped.size(bytes) : bytes.length);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1000);
    }
}
