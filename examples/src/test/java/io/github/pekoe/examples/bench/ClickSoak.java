package io.github.pekoe.examples.bench;

import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;

/**
 * The click soak: clicks the {@code py-click} button of {@code soak-clicks.html} in batches from page
 * script, each click's handler counting and displaying the count, and samples the JavaScript heap
 * after GC before the first batch and after each.
 *
 * @param clicks the clicks asked for
 * @param atClicks the clicks done at each sample
 * @param heapBytes the heap's used bytes after GC at each sample
 * @param clickMillis the time the batches' {@code click()} loops took, summed
 * @param buttonListeners the listeners on the button (the page's own check that the count sees Pekoe's)
 * @param problems what went wrong
 */
record ClickSoak(int clicks, List<Integer> atClicks, List<Double> heapBytes, double clickMillis,
        Integer buttonListeners, List<String> problems) {

    /** Growth under this many bytes per click is flat: less than the smallest object per click. */
    static final double FLAT_BYTES_PER_CLICK = 8;

    private static final String CLICK_BATCH = """
            n => {
              const button = document.getElementById("k");
              const start = performance.now();
              for (let i = 0; i < n; i++) {
                button.click();
              }
              return performance.now() - start;
            }""";

    /** Runs the click soak in the fresh browser {@code session}. */
    static ClickSoak run(ColdChromium.Session session, BenchSite site, int clicks, int batch) {
        BenchTab tab = new BenchTab(session, BenchTab.SOAK_MILLIS);
        List<Integer> at = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        double millis = 0;
        Integer listeners = null;
        try {
            if (tab.load(site.url("soak-clicks.html"))) {
                DevTools tools = new DevTools(tab.page());
                listeners = tools.listeners("document.getElementById('k')");
                at.add(0);
                heap.add(tools.heapAfterGc());
                for (int done = 0; done < clicks; ) {
                    int n = Math.min(batch, clicks - done);
                    millis += ((Number) tab.page().evaluate(CLICK_BATCH, n)).doubleValue();
                    done += n;
                    tab.waitFor("n => document.getElementById('count').textContent.trim() === String(n)", done);
                    at.add(done);
                    heap.add(tools.heapAfterGc());
                }
            }
        } catch (PlaywrightException e) {
            tab.note(e.getMessage());
        }
        return new ClickSoak(clicks, at, heap, millis, listeners, tab.problems());
    }

    /** Whether every click was done and sampled. */
    boolean complete() {
        return problems.isEmpty() && !atClicks.isEmpty() && atClicks.get(atClicks.size() - 1) == clicks;
    }

    /** The last sample minus the first, in bytes. */
    double growth() {
        return heapBytes.isEmpty() ? 0 : heapBytes.get(heapBytes.size() - 1) - heapBytes.get(0);
    }

    /** Whether the heap stayed flat: it grew less than {@link #FLAT_BYTES_PER_CLICK} per click. */
    boolean flat() {
        return growth() < FLAT_BYTES_PER_CLICK * clicks;
    }
}
