package io.github.pekoe.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the benchmark: installs PyScript with npm (or notes why not), serves the built benchmark
 * pages on loopback, runs every page's twins cold {@code bench.runs} times (default 9), interleaved
 * and each after the machine is quiet, and writes {@code report.md} into the benchmark directory.
 * {@code -Dbench.pages=hello,buttons_when} and {@code -Dbench.twins=pekoe,vanilla} run a subset. The soak
 * ({@link SoakRunner}) runs only when {@code bench.pages} names it: {@code -Dbench.pages=soak} runs it alone.
 * Run it with {@code mvn -B -Pbench -pl examples -am package -DskipTests}.
 */
public final class BenchmarkRunner {

    private static final int DEFAULT_RUNS = 9;

    private BenchmarkRunner() {
    }

    /** Runs the benchmark and writes the report; the directories come from system properties. */
    public static void main(String[] args) throws Exception {
        Path benchDir = BenchDirs.bench();
        Path npmDir = BenchDirs.npm();
        int runs = Integer.getInteger("bench.runs", DEFAULT_RUNS);
        QuietMachine quiet = new QuietMachine(Double.parseDouble(System.getProperty("bench.quiet.busy", "0.5")),
                1000L * Integer.getInteger("bench.quiet.maxSeconds", 10));
        Optional<String> npmProblem = PyScriptPackages.install(npmDir);
        List<Twin> twins = new ArrayList<>(npmProblem.isEmpty() ? List.of(Twin.values()) : List.of(Twin.VANILLA, Twin.PEKOE));
        twins.removeIf(twin -> !selected("bench.twins", twin.name()));
        npmProblem.ifPresent(p -> System.out.println("bench: PyScript not measured: " + p));
        List<RunResult> results = new ArrayList<>();
        Optional<SoakResult> soak = Optional.empty();
        try (BenchSite site = BenchSite.start(benchDir, npmDir); ColdChromium chromium = ColdChromium.start()) {
            for (int run = 1; run <= runs; run++) {
                for (BenchPage page : BenchPage.values()) {
                    if (!selected("bench.pages", page.name())) {
                        continue;
                    }
                    for (Twin twin : twins) {
                        quiet.await();
                        RunResult result = runOnce(chromium, site, page, twin);
                        results.add(result);
                        System.out.println("bench: run " + run + "/" + runs + " " + twin.file(page) + " "
                                + result.figures() + (result.problems().isEmpty() ? "" : " " + result.problems()));
                    }
                }
            }
            if (named("bench.pages", "SOAK")) {
                soak = Optional.of(SoakRunner.run(chromium, site, SoakCounts.full(), quiet::await));
                System.out.println("bench: soak " + (soak.get().complete() ? "finished" : "incomplete")
                        + ", checks " + (soak.get().checksHold() ? "held" : "failed") + " " + soak.get().problems());
            }
        }
        Path report = benchDir.resolve("report.md");
        ReportWriter.writeTo(report, ReportWriter.write(new ReportWriter.Input(runs, results, npmProblem, quiet, benchDir, soak)));
        System.out.println("bench: wrote " + report.toAbsolutePath());
    }

    /** Whether the comma-separated list in system property {@code property} names {@code name}; all when unset. */
    private static boolean selected(String property, String name) {
        return System.getProperty(property, "").isBlank() || named(property, name);
    }

    /** Whether the comma-separated list in system property {@code property} names {@code name}. */
    private static boolean named(String property, String name) {
        String list = System.getProperty(property, "").trim();
        return List.of(list.toUpperCase(java.util.Locale.ROOT).split("\\s*,\\s*")).contains(name);
    }

    /** One cold run of {@code page}'s {@code twin}: a fresh browser on an empty profile, closed afterwards. */
    static RunResult runOnce(ColdChromium chromium, BenchSite site, BenchPage page, Twin twin) {
        return chromium.withFreshBrowser(session -> PageRun.run(site, session, page, twin));
    }

    /** Whether the PyScript twins can run: their npm folder holds both packages. */
    static boolean pyscriptInstalled() {
        return Files.isDirectory(BenchDirs.npm()) && PyScriptPackages.installed(BenchDirs.npm());
    }
}
