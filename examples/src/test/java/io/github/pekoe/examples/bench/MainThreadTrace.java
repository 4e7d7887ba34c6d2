package io.github.pekoe.examples.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Chromium trace of a page's load (DevTools {@code Tracing}, the categories DevTools' Performance
 * panel records), summed into what the renderer's main thread did: its busy time, the evaluation of
 * scripts and their compilation, callbacks, the HTML parser and garbage collection, from navigation
 * start to "hello". Each figure sums the durations of the trace's complete events of its names on the
 * main thread of the renderer that loaded the page, cut to that span; the figures nest (compilation is
 * part of evaluation, both part of busy time), so they are not to be added up.
 */
final class MainThreadTrace {
    private static final List<String> CATEGORIES = List.of("toplevel", "devtools.timeline", "v8",
            "disabled-by-default-devtools.timeline", "blink.user_timing");
    /** How long the browser may take to hand the trace over. */
    private static final double COLLECT_MILLIS = 30_000;

    /** Each figure and the names of the trace events it sums. */
    private static final Map<Figure, Set<String>> NAMES = Map.of(
            Figure.MAIN_THREAD_BUSY, Set.of("RunTask"),
            Figure.SCRIPT_EVALUATION, Set.of("EvaluateScript", "v8.evaluateModule"),
            Figure.SCRIPT_COMPILATION, Set.of("v8.compile", "v8.compileModule", "V8.CompileCode",
                    "v8.produceCache", "v8.produceModuleCache"),
            Figure.CALLBACKS, Set.of("FunctionCall", "TimerFire", "FireAnimationFrame", "RunMicrotasks"),
            Figure.HTML_PARSING, Set.of("ParseHTML"),
            Figure.GARBAGE_COLLECTION, Set.of("MinorGC", "MajorGC", "BlinkGC.AtomicPhase"));

    private final CDPSession cdp;
    private final JsonArray events = new JsonArray();
    private boolean complete;

    private MainThreadTrace(CDPSession cdp) {
        this.cdp = cdp;
        cdp.on("Tracing.dataCollected", message -> events.addAll(message.getAsJsonArray("value")));
        cdp.on("Tracing.tracingComplete", message -> complete = true);
    }

    /** Starts tracing the browser of {@code page}; call before navigating. */
    static MainThreadTrace start(Page page) {
        MainThreadTrace trace = new MainThreadTrace(page.context().newCDPSession(page));
        JsonObject config = new JsonObject();
        JsonArray categories = new JsonArray();
        CATEGORIES.forEach(categories::add);
        config.add("includedCategories", categories);
        JsonObject params = new JsonObject();
        params.add("traceConfig", config);
        params.addProperty("transferMode", "ReportEvents");
        trace.cdp.send("Tracing.start", params);
        return trace;
    }

    /**
     * Stops tracing, waits for the browser to hand the events over and puts the figures of the span
     * from navigation start to {@code helloMillis} after it into {@code figures}, in milliseconds.
     *
     * @throws com.microsoft.playwright.TimeoutError when the trace does not come in time
     * @throws IllegalStateException when the trace holds no navigation of the page
     */
    void stop(Page page, double helloMillis, Map<Figure, Double> figures) {
        cdp.send("Tracing.end");
        // Playwright delivers the session's events, the last of which sets complete, while it waits.
        page.waitForCondition(() -> complete, new Page.WaitForConditionOptions().setTimeout(COLLECT_MILLIS));
        cdp.detach();
        JsonObject navigation = navigation(events);
        String thread = mainThread(events, navigation.get("pid").getAsString());
        double from = navigation.get("ts").getAsDouble();
        double to = from + helloMillis * 1000;
        for (Map.Entry<Figure, Set<String>> figure : NAMES.entrySet()) {
            figures.put(figure.getKey(), sum(events, thread, figure.getValue(), from, to) / 1000.0);
        }
    }

    /** The {@code navigationStart} mark of the page's document (not of the first, blank one). */
    private static JsonObject navigation(JsonArray events) {
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if ("navigationStart".equals(string(event, "name")) && event.has("args")
                    && String.valueOf(event.getAsJsonObject("args").get("data")).contains("http://")) {
                return event;
            }
        }
        throw new IllegalStateException("the trace has no navigationStart of the page");
    }

    /** The main thread of the renderer process {@code pid}, as "pid/tid". */
    private static String mainThread(JsonArray events, String pid) {
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if ("thread_name".equals(string(event, "name")) && "M".equals(string(event, "ph"))
                    && pid.equals(event.get("pid").getAsString()) && event.has("args")
                    && "CrRendererMain".equals(string(event.getAsJsonObject("args"), "name"))) {
                return thread(event);
            }
        }
        throw new IllegalStateException("the trace has no main thread of the renderer " + pid);
    }

    /**
     * The microseconds, between {@code from} and {@code to}, of the complete events named in
     * {@code names} on {@code thread}; an event inside another of the same figure counts once.
     */
    private static double sum(JsonArray events, String thread, Set<String> names, double from, double to) {
        List<double[]> spans = new ArrayList<>();
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if ("X".equals(string(event, "ph")) && names.contains(string(event, "name")) && event.has("dur")
                    && thread.equals(thread(event))) {
                double start = Math.max(event.get("ts").getAsDouble(), from);
                double end = Math.min(event.get("ts").getAsDouble() + event.get("dur").getAsDouble(), to);
                if (start < end) {
                    spans.add(new double[] {start, end});
                }
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        double total = 0;
        double end = from;
        for (double[] span : spans) {
            if (span[1] > end) {
                total += span[1] - Math.max(span[0], end);
                end = span[1];
            }
        }
        return total;
    }

    private static String thread(JsonObject event) {
        return event.get("pid") + "/" + event.get("tid");
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
