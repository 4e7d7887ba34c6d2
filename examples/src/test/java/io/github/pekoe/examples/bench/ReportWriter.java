package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes the benchmark's markdown report from the runs' results. */
final class ReportWriter {

    /**
     * What the report is made of.
     *
     * @param runs the runs per page and twin asked for
     * @param results every run's result
     * @param pyscriptProblem why PyScript was not measured, if it was not
     * @param quiet the quiet-machine gate the runs waited on
     * @param benchDir the built benchmark directory (bundles, and the unminified hello bundle)
     * @param soak the soak's result, when it ran
     */
    record Input(int runs, List<RunResult> results, Optional<String> pyscriptProblem, QuietMachine quiet,
            Path benchDir, Optional<SoakResult> soak) {
    }

    private ReportWriter() {
    }

    /** The report's markdown. */
    static String write(Input input) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Pekoe benchmark report\n\n");
        out.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- machine: ").append(MachineInfo.cpu()).append(", ").append(MachineInfo.cores())
                .append(" cores, ").append(MachineInfo.memory()).append(" memory\n");
        out.append("- browser: ").append(MachineInfo.chromium()).append(", headless\n");
        out.append("- JDK: ").append(MachineInfo.jdk()).append('\n');
        if (input.results().isEmpty()) {
            out.append("- runs: the soak alone, once\n");
        } else {
            out.append("- runs: ").append(input.runs()).append(" cold runs of every page and twin, interleaved (run 1 of")
                    .append(" every page, then run 2, ...); each a new Chromium process on an empty profile directory\n");
        }
        out.append(String.format(Locale.ROOT, "- quiet machine: before each run, waited until less than %.0f%% of the"
                + " CPU time of a 300 ms sample of /proc/stat was busy, at most %d s; %d of %d runs started on a busy"
                + " machine after that bound%n", input.quiet().busyThreshold() * 100, input.quiet().maxWaitMillis() / 1000,
                input.quiet().busyStarts(), input.results().size() + input.soak().map(soak -> SoakRunner.PARTS).orElse(0)));
        out.append("- PyScript: ").append(input.pyscriptProblem().map(p -> "not measured: " + p)
                .orElse("@pyscript/core 0.7.31 with @micropython/micropython-webassembly-pyscript 1.28.0-6, from npm"))
                .append("\n\n");
        out.append("Each cell is the median, with the minimum and maximum in brackets. Ratios divide medians.\n\n");
        for (BenchPage page : BenchPage.values()) {
            pageTable(out, page, input.results());
        }
        input.soak().ifPresent(soak -> SoakReport.append(out, soak));
        BundleTables.append(out, input.benchDir());
        StringCosts.append(out, input.benchDir().resolve("costs"));
        method(out);
        problems(out, input.results());
        return out.toString();
    }

    /** Writes the report to {@code file}. */
    static void writeTo(Path file, String report) throws IOException {
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    private static void pageTable(StringBuilder out, BenchPage page, List<RunResult> results) {
        List<Twin> twins = new ArrayList<>();
        for (Twin twin : Twin.values()) {
            if (results.stream().anyMatch(r -> r.page() == page && r.twin() == twin)) {
                twins.add(twin);
            }
        }
        if (twins.isEmpty()) {
            return;
        }
        boolean pyscript = twins.contains(Twin.PYSCRIPT);
        out.append("## ").append(page.title()).append("\n\n| figure |");
        twins.forEach(t -> out.append(' ').append(t.label()).append(" |"));
        out.append(" Pekoe / JS |").append(pyscript ? " PyScript / JS | Pekoe / PyScript |" : "").append("\n|---|");
        twins.forEach(t -> out.append("---:|"));
        out.append("---:|").append(pyscript ? "---:|---:|" : "").append('\n');
        for (Figure figure : page.figures()) {
            out.append("| ").append(figure.label()).append(" |");
            Map<Twin, Summary> summaries = new java.util.EnumMap<>(Twin.class);
            for (Twin twin : twins) {
                Summary summary = Summary.of(values(results, page, twin, figure));
                if (summary != null) {
                    summaries.put(twin, summary);
                }
                out.append(' ').append(summary == null ? "-" : figure.format(summary.median()) + " ("
                        + figure.format(summary.min()) + "-" + figure.format(summary.max()) + ")").append(" |");
            }
            out.append(' ').append(ratio(summaries, Twin.PEKOE, Twin.VANILLA)).append(" |");
            if (pyscript) {
                out.append(' ').append(ratio(summaries, Twin.PYSCRIPT, Twin.VANILLA)).append(" | ")
                        .append(ratio(summaries, Twin.PEKOE, Twin.PYSCRIPT)).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static List<Double> values(List<RunResult> results, BenchPage page, Twin twin, Figure figure) {
        List<Double> values = new ArrayList<>();
        for (RunResult result : results) {
            if (result.page() == page && result.twin() == twin && result.figures().containsKey(figure)) {
                values.add(result.figures().get(figure));
            }
        }
        return values;
    }

    private static String ratio(Map<Twin, Summary> summaries, Twin over, Twin under) {
        Summary a = summaries.get(over);
        Summary b = summaries.get(under);
        if (a == null || b == null || b.median() <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", a.median() / b.median());
    }

    private static void method(StringBuilder out) {
        out.append("""
                ## How it was measured

                - Server: an in-process loopback server (the JDK's HttpServer) serves the pages, the bundles and PyScript's \
                npm files with gzip at the best level (compressed once per file), `Cache-Control: no-cache`, and \
                `script-src 'self'`; the PyScript pages need more: `'wasm-unsafe-eval'` (MicroPython is WebAssembly), \
                `'unsafe-eval'` (PyScript's core evaluates strings) and `worker-src blob:` (its workers start from blob URLs); \
                the PyScript worker pages are also served cross-origin isolated (COOP `same-origin`, COEP `require-corp`), \
                without which PyScript's worker never answers.
                - Navigation to "hello" / to done: every page loads `bench.js` first; it installs a MutationObserver on \
                the document and records `performance.now()` (milliseconds since navigation start) when `#out` first \
                holds "hello" or `#done` first holds text.
                - Bind: measured inside the page around the binding (Pekoe: `when("click", ".k", ...)` timed by the page's \
                Java with `performance.now()`; JavaScript: the `addEventListener` loop; PyScript: `@when("click", ".k")`).
                - 1000 clicks: once the page is ready (Pekoe: `java:all-done`; PyScript: `py:all-done` and no button \
                disabled), `bench.js` calls `click()` on each button from page script; the figure runs to the moment \
                `#clicks` holds 1000 outputs.
                - The page's work (web, storage, fetch, worker): timed by the page itself with `performance.now()` and \
                displayed into `#work`.
                - Web API from a worker: the worker times each of its three builds with `performance.now()` and writes the                 milliseconds into `#work-batched`, `#work-alone` and `#work-markup`; each build ends with a read of the                 list (Pekoe) or when the page has built it (JavaScript), so the time covers the page's work. Pekoe                 builds as code is written (calls that return nothing batched), then with batching off (each call a                 round trip), then as one `html(...)` string, after a warm-up of 10 items. JavaScript's worker cannot                 touch the DOM: it sends the 1000 texts in one message for the page to build, then one message per item,                 each after the page's answer, then the markup. PyScript's worker (cross-origin isolated, as its                 `pyscript.document` needs) uses `pyscript.web`, each call a synchronous round trip; it has no batching                 to turn off, so its round-trip figure is "-".
                - Moved: the response body bytes the server wrote during the run (gzip where the file is text-like, \
                WebAssembly included), counting the page, its scripts, PyScript's files, workers and API answers.
                - Renderer peak RSS: `VmHWM` from `/proc/PID/status` of the renderer processes (`--type=renderer`) \
                descending from the run's browser (found by its `--user-data-dir`), read after the page finished; the \
                largest one.

                """);
    }

    private static void problems(StringBuilder out, List<RunResult> results) {
        List<String> lines = new ArrayList<>();
        for (RunResult result : results) {
            if (!result.complete()) {
                lines.add("- " + result.twin().file(result.page()) + ": " + (result.problems().isEmpty()
                        ? "figures missing" : String.join("; ", result.problems())));
            }
        }
        out.append("## Failed or incomplete runs\n\n");
        if (lines.isEmpty()) {
            out.append("None.\n");
        } else {
            lines.stream().limit(30).forEach(line -> out.append(line).append('\n'));
        }
    }
}
