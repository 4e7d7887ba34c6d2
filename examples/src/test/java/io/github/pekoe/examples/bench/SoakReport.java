package io.github.pekoe.examples.bench;

import java.util.List;
import java.util.Locale;

/** The report's soak section: the heap row of the click soak, then one table of the other parts. */
final class SoakReport {

    private SoakReport() {
    }

    /** Appends the section for {@code soak} to {@code out}. */
    static void append(StringBuilder out, SoakResult soak) {
        SoakCounts counts = soak.counts();
        out.append("## Soak (Pekoe)\n\nEach part once, in a new Chromium on an empty profile. Figures, not checks of"
                + " a goal; the counts are in each row.\n\n");
        clicks(out, soak.clicks());
        out.append("| figure | Pekoe |\n|---|---:|\n");
        SocketSoak socket = soak.socket();
        row(out, count(counts.messages()) + " WebSocket messages: first request to last message (ms)", ms(socket.millis()));
        row(out, "messages per second", socket.millis() == null ? "-" : count((int) Math.round(socket.perSecond())));
        row(out, "each number the previous + 1", socket.order().isEmpty() ? "-" : socket.order());
        WhenSoak when = soak.when();
        row(out, count(counts.registrations()) + " `when` registrations on one button: add (ms)", ms(when.addMillis()));
        row(out, "remove every `Binding` (ms)", ms(when.removeMillis()));
        row(out, "listeners left on the button (`DOMDebugger.getEventListeners`)", integer(when.listenersLeft()));
        row(out, "handler calls from a click after removal", integer(when.callsAfterRemoval()));
        StoreSoak store = soak.store();
        row(out, "`storage(name)`, " + count(counts.keys()) + " keys: fill and `sync()` (ms)", ms(store.writeMillis()));
        row(out, "fresh page: `storage(name)` returns (ms)", ms(store.openMillis()));
        row(out, "fresh page: read every key (ms)", ms(store.readMillis()));
        row(out, "keys read back with their value", integer(store.matched()));
        out.append("\nHow: clicks are `click()` calls from page script in batches (`page.evaluate`); the heap is"
                + " `Runtime.getHeapUsage`'s used size after two `HeapProfiler.collectGarbage`, over a DevTools session"
                + " on the page; the heap is flat when it grew less than ")
                .append(String.format(Locale.ROOT, "%.0f", ClickSoak.FLAT_BYTES_PER_CLICK))
                .append(" bytes per click. The WebSocket server (Java-WebSocket, in process, loopback) sends the numbers"
                + " on one `/burst N`; the page's Java `onMessage` handler checks them and times from sending the"
                + " request to the last message. The `when` page adds every registration, then removes every `Binding`;"
                + " the listeners are counted through `Runtime.evaluate` and `DOMDebugger.getEventListeners`. The store"
                + " is written by one page and opened and read by the next load of another, in the same browser.\n\n");
        List<String> problems = soak.problems();
        if (!problems.isEmpty()) {
            out.append("Soak problems:\n\n");
            problems.stream().limit(30).forEach(p -> out.append("- ").append(p).append('\n'));
            out.append('\n');
        }
    }

    private static void clicks(StringBuilder out, ClickSoak clicks) {
        out.append("JavaScript heap after GC (kB) during ").append(count(clicks.clicks()))
                .append(" `py-click` clicks, each counted and its count displayed, sampled every ")
                .append(clicks.atClicks().size() > 1 ? count(clicks.atClicks().get(1)) : "-").append(" clicks:\n\n| clicks |");
        clicks.atClicks().forEach(n -> out.append(' ').append(count(n)).append(" |"));
        out.append("\n|---|");
        clicks.atClicks().forEach(n -> out.append("---:|"));
        out.append("\n| heap (kB) |");
        clicks.heapBytes().forEach(b -> out.append(' ').append(count((int) Math.round(b / 1000))).append(" |"));
        out.append("\n\n");
        List<Double> heap = clicks.heapBytes();
        if (heap.size() > 2) {
            out.append(String.format(Locale.ROOT, "Last minus first: %+.1f kB (%.1f bytes per click): %s. Last minus the"
                    + " sample after the first batch, when the handler's code has warmed up: %+.1f kB. The `click()`"
                    + " loops took %.0f ms in all. The button's listeners, counted as the `when` row below counts them:"
                    + " %s.%n%n", clicks.growth() / 1000, clicks.growth() / clicks.clicks(), clicks.flat() ? "flat" : "not flat",
                    (heap.get(heap.size() - 1) - heap.get(1)) / 1000, clicks.clickMillis(),
                    integer(clicks.buttonListeners())));
        }
    }

    private static void row(StringBuilder out, String figure, String value) {
        out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static String ms(Double millis) {
        return millis == null ? "-" : millis < 10 ? String.format(Locale.ROOT, "%.1f", millis)
                : String.format(Locale.ROOT, "%.0f", millis);
    }

    private static String integer(Number value) {
        return value == null ? "-" : count((int) Math.round(value.doubleValue()));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
