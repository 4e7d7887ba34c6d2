package io.github.pekoe.examples.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One cold run of one page: navigate, wait until the page's probe says it is ready, click its
 * buttons when it has them and wait for their outputs, then read the figures: the probe's marks and
 * the page's own timings (the text of {@code #bind} and {@code #work}), the bytes the site sent, and
 * the renderer's peak RSS.
 */
final class PageRun {

    /** How long a page may take to get ready, or to answer its clicks, before the run is a failure. */
    static final double TIMEOUT_MILLIS = 60_000;

    private static final String READ_FIGURES = """
            () => {
              const text = id => { const e = document.getElementById(id); return e ? e.textContent.trim() : ""; };
              return {hello: bench.marks.hello ?? null, done: bench.marks.done ?? null, clicks: bench.clicks,
                      bind: text("bind"), work: text("work"), errors: bench.errors.join("; ")};
            }""";

    private PageRun() {
    }

    /** Runs {@code page}'s {@code twin} from {@code site} in the fresh browser {@code session}. */
    static RunResult run(BenchSite site, ColdChromium.Session session, BenchPage page, Twin twin) {
        Map<Figure, Double> figures = new EnumMap<>(Figure.class);
        List<String> problems = new ArrayList<>();
        Page tab = session.context().pages().isEmpty() ? session.context().newPage() : session.context().pages().get(0);
        tab.onPageError(error -> problems.add("page error: " + firstLine(error)));
        tab.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add("console error: " + firstLine(message.text()));
            }
        });
        site.resetBytes();
        try {
            tab.navigate(site.url(twin.file(page)));
            tab.waitForFunction("() => window.bench && (bench.ready || bench.errors.length > 0)", null,
                    new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MILLIS));
            if (page.clicks() && (Boolean) tab.evaluate("() => bench.ready")) {
                tab.evaluate("() => bench.clickAll()");
                tab.waitForFunction("() => bench.clicks !== null", null,
                        new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MILLIS));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) tab.evaluate(READ_FIGURES);
            put(figures, Figure.NAVIGATION_TO_HELLO, read.get("hello"));
            put(figures, Figure.NAVIGATION_TO_DONE, read.get("done"));
            put(figures, Figure.CLICKS, read.get("clicks"));
            put(figures, Figure.BIND, number((String) read.get("bind")));
            put(figures, Figure.WORK, number((String) read.get("work")));
            if (!((String) read.get("errors")).isEmpty()) {
                problems.add("errors: " + read.get("errors"));
            }
        } catch (PlaywrightException e) {
            problems.add(brief(e.getMessage()) + " (" + twin.file(page) + ")");
        }
        figures.put(Figure.MOVED, (double) site.bytes());
        OptionalLong rss = Renderers.peakRss(session.profile());
        if (rss.isPresent()) {
            figures.put(Figure.RENDERER_PEAK_RSS, (double) rss.getAsLong());
        }
        figures.keySet().retainAll(page.figures());
        return new RunResult(page, twin, figures, problems);
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

    /** The start of a multi-line message on one line. */
    private static String brief(String message) {
        String flat = String.valueOf(message).replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "..." : flat;
    }

    private static String firstLine(String message) {
        int end = message == null ? -1 : message.indexOf('\n');
        return end < 0 ? String.valueOf(message) : message.substring(0, end);
    }
}
