package io.github.pekoe.examples.bench;

import com.microsoft.playwright.PlaywrightException;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One cold run of one page: navigate, wait until the page's probe says it is ready, click its
 * buttons when it has them and wait for their outputs, then read the figures: the probe's marks (and
 * the split of "hello" at the scripts' arrival), what a trace of a traced page's main thread sums to,
 * the page's own timings (the text of {@code #bind}, {@code #work} and the worker page's
 * {@code #work-batched}, {@code #work-alone} and {@code #work-markup}), the bytes the site sent, the
 * JavaScript heap after garbage collection where the page asks for it, and the renderer's peak RSS.
 */
final class PageRun {

    private static final String READ_FIGURES = """
            () => {
              const text = id => { const e = document.getElementById(id); return e ? e.textContent.trim() : ""; };
              return {hello: bench.marks.hello ?? null, scripts: bench.marks.scripts ?? null,
                      done: bench.marks.done ?? null, clicks: bench.clicks,
                      bind: text("bind"), work: text("work"),
                      batched: text("work-batched"), alone: text("work-alone"), markup: text("work-markup"),
                      errors: bench.errors.join("; ")};
            }""";

    private PageRun() {
    }

    /** Runs {@code page}'s {@code twin} from {@code site} in the fresh browser {@code session}. */
    static RunResult run(BenchSite site, ColdChromium.Session session, BenchPage page, Twin twin) {
        Map<Figure, Double> figures = new EnumMap<>(Figure.class);
        BenchTab tab = new BenchTab(session, BenchTab.RUN_MILLIS);
        site.resetBytes();
        try {
            MainThreadTrace trace = page.traced() ? MainThreadTrace.start(tab.page()) : null;
            tab.page().navigate(site.url(twin.file(page)));
            tab.waitFor("() => window.bench && (bench.ready || bench.errors.length > 0)", null);
            if (page.clicks() && (Boolean) tab.page().evaluate("() => bench.ready")) {
                tab.page().evaluate("() => bench.clickAll()");
                tab.waitFor("() => bench.clicks !== null", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) tab.page().evaluate(READ_FIGURES);
            put(figures, Figure.NAVIGATION_TO_HELLO, read.get("hello"));
            put(figures, Figure.SCRIPTS_ARRIVED, read.get("scripts"));
            if (read.get("hello") instanceof Number hello && read.get("scripts") instanceof Number scripts) {
                figures.put(Figure.HELLO_AFTER_SCRIPTS, hello.doubleValue() - scripts.doubleValue());
            }
            put(figures, Figure.NAVIGATION_TO_DONE, read.get("done"));
            put(figures, Figure.CLICKS, read.get("clicks"));
            put(figures, Figure.BIND, number((String) read.get("bind")));
            put(figures, Figure.WORK, number((String) read.get("work")));
            put(figures, Figure.WORKER_AS_WRITTEN, number((String) read.get("batched")));
            put(figures, Figure.WORKER_ROUND_TRIPS, number((String) read.get("alone")));
            put(figures, Figure.WORKER_MARKUP, number((String) read.get("markup")));
            if (trace != null && read.get("hello") instanceof Number hello) {
                trace.stop(tab.page(), hello.doubleValue(), figures);
            }
            if (!((String) read.get("errors")).isEmpty()) {
                tab.problems().add("errors: " + read.get("errors"));
            }
        } catch (PlaywrightException | IllegalStateException e) {
            tab.problems().add(BenchTab.brief(e.getMessage()) + " (" + twin.file(page) + ")");
        }
        figures.put(Figure.MOVED, (double) site.bytes());
        OptionalLong rss = Renderers.peakRss(session.profile());
        if (rss.isPresent()) {
            figures.put(Figure.RENDERER_PEAK_RSS, (double) rss.getAsLong());
        }
        // After the peak is read, as the collections it forces could move it.
        if (page.figures(twin).contains(Figure.JS_HEAP) && figures.containsKey(Figure.NAVIGATION_TO_HELLO)) {
            try {
                figures.put(Figure.JS_HEAP, new DevTools(tab.page()).heapAfterGc());
            } catch (PlaywrightException e) {
                tab.problems().add(BenchTab.brief(e.getMessage()) + " (" + twin.file(page) + ", heap)");
            }
        }
        figures.keySet().retainAll(page.figures(twin));
        return new RunResult(page, twin, figures, tab.problems());
    }

    private static void put(Map<Figure, Double> figures, Figure figure, Object value) {
        if (value instanceof Number number) {
            figures.put(figure, number.doubleValue());
        }
    }

    /** The number a page displayed, such as {@code 12.3}, or null when there is none. */
    static Double number(String text) {
        try {
            return text == null || text.isEmpty() ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
