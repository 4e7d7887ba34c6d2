package io.github.pekoe.examples.bench;

/** A figure a run measures, with its unit and how the report prints it. */
public enum Figure {
    /** Milliseconds from navigation start to "hello" in {@code #out}, as the page's probe saw it. */
    NAVIGATION_TO_HELLO("navigation to \"hello\"", "ms"),
    /**
     * Milliseconds from navigation start to the arrival of the page's scripts: the latest
     * {@code responseEnd} (Resource Timing) of the scripts it had received when "hello" showed.
     */
    SCRIPTS_ARRIVED("navigation to its scripts' arrival", "ms"),
    /**
     * Milliseconds from the scripts' arrival to "hello": what the browser and the page do with the
     * scripts (parse, compile, run) until the first output, with the rest of the document's parsing.
     */
    HELLO_AFTER_SCRIPTS("scripts' arrival to \"hello\"", "ms"),
    /** Milliseconds from navigation start to the page's {@code #done} output. */
    NAVIGATION_TO_DONE("navigation to done", "ms"),
    /** Milliseconds the page took to bind one handler to its 1000 buttons, measured by the page. */
    BIND("bind one handler to 1000 buttons", "ms"),
    /** Milliseconds from the first of 1000 clicks, dispatched by page script, to the 1000th output. */
    CLICKS("1000 clicks to 1000 displays", "ms"),
    /** Milliseconds the page's work took, measured by the page with performance.now(). */
    WORK("the page's work", "ms"),
    /**
     * Milliseconds a worker took to build 1000 elements on the page as code is written, measured by the
     * worker (Pekoe: the web API, its calls that return nothing batched; JavaScript: the items sent in
     * one message, built by the page; PyScript: {@code pyscript.web}).
     */
    WORKER_AS_WRITTEN("1000 elements from a worker, as written", "ms"),
    /** The same with one round trip to the page per call (Pekoe: batching off; JavaScript: a message and answer per item). */
    WORKER_ROUND_TRIPS("1000 elements from a worker, one round trip per call", "ms"),
    /** The same as one markup string set on the page. */
    WORKER_MARKUP("1000 elements from a worker, one markup string", "ms"),
    /** Traced: milliseconds the renderer's main thread was running tasks, from navigation to ready. */
    MAIN_THREAD_BUSY("traced: main thread busy", "ms"),
    /** Traced: milliseconds of script evaluation (the scripts' top level, their compilation included). */
    SCRIPT_EVALUATION("traced: script evaluation", "ms"),
    /** Traced: milliseconds of script compilation on the main thread (part of evaluation, mostly). */
    SCRIPT_COMPILATION("traced: script compilation", "ms"),
    /** Traced: milliseconds of callbacks: event listeners, timers, animation frames and microtasks. */
    CALLBACKS("traced: callbacks, timers and microtasks", "ms"),
    /** Traced: milliseconds of the HTML parser (the scripts it runs included). */
    HTML_PARSING("traced: HTML parsing", "ms"),
    /** Traced: milliseconds of garbage collection on the main thread. */
    GARBAGE_COLLECTION("traced: garbage collection", "ms"),
    /** Bytes of response bodies the server sent for the run (gzip where the file is text-like). */
    MOVED("moved over the network, gzip", "kB"),
    /** Bytes of the page's JavaScript heap in use once the page is ready, after two full garbage collections. */
    JS_HEAP("JavaScript heap after GC, when ready", "kB"),
    /** The peak resident set size (VmHWM) of the run's renderer, the largest of the browser's renderers. */
    RENDERER_PEAK_RSS("renderer peak RSS", "MB");

    private final String label;
    private final String unit;

    Figure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The row heading in the report, with the unit. */
    public String label() {
        return label + " (" + unit + ")";
    }

    /** {@code value}, in this figure's raw unit (ms, bytes), as the report prints it in its unit. */
    public String format(double value) {
        return switch (unit) {
            case "kB" -> String.format(java.util.Locale.ROOT, "%.1f", value / 1000);
            case "MB" -> String.format(java.util.Locale.ROOT, "%.0f", value / 1_000_000);
            default -> value < 10 ? String.format(java.util.Locale.ROOT, "%.1f", value)
                    : String.format(java.util.Locale.ROOT, "%.0f", value);
        };
    }
}
