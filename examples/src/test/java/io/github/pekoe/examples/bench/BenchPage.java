package io.github.pekoe.examples.bench;

import java.util.List;

/** A benchmark page, the figures it yields, and what the runner does once it is ready. */
public enum BenchPage {
    /** {@code display("hello")} into {@code #out}, plus one click handler. */
    HELLO("hello", "hello", false, List.of(Figure.NAVIGATION_TO_HELLO, Figure.SCRIPTS_ARRIVED,
            Figure.HELLO_AFTER_SCRIPTS, Figure.MOVED, Figure.JS_HEAP, Figure.RENDERER_PEAK_RSS)),
    /**
     * The hello page again, traced: where the renderer's main thread spends its time until the page is
     * ready (a separate run, so that tracing does not slow the hello page's own figures down).
     */
    HELLO_TRACED("hello", "hello, traced: the renderer's main thread until ready", false, List.of(
            Figure.NAVIGATION_TO_HELLO, Figure.MAIN_THREAD_BUSY, Figure.SCRIPT_EVALUATION, Figure.SCRIPT_COMPILATION,
            Figure.CALLBACKS, Figure.HTML_PARSING, Figure.GARBAGE_COLLECTION)),
    /** 1000 buttons with one {@code when(".k")}. */
    BUTTONS_WHEN("buttons-when", "1000 buttons, one when(\".k\")", true, List.of(Figure.NAVIGATION_TO_HELLO,
            Figure.SCRIPTS_ARRIVED, Figure.HELLO_AFTER_SCRIPTS, Figure.BIND, Figure.CLICKS, Figure.MOVED, Figure.JS_HEAP,
            Figure.RENDERER_PEAK_RSS)),
    /** 1000 buttons with 1000 {@code py-click} attributes. */
    BUTTONS_ATTRS("buttons-attrs", "1000 buttons, 1000 py-click attributes", true, List.of(
            Figure.NAVIGATION_TO_HELLO, Figure.SCRIPTS_ARRIVED, Figure.HELLO_AFTER_SCRIPTS, Figure.CLICKS, Figure.MOVED, Figure.RENDERER_PEAK_RSS)),
    /** The web API builds 1000 elements. */
    WEB("web", "web API: build 1000 elements", false, workFigures()),
    /** Storage: write and sync 10,000 keys. */
    STORAGE("storage", "storage: write and sync 10,000 keys", false, workFigures()),
    /** fetch: 100 sequential calls. */
    FETCH("fetch", "fetch: 100 sequential calls", false, workFigures()),
    /** A worker started and called once. */
    WORKER("worker", "worker: start one, call it once", false, workFigures()),
    /**
     * A worker builds 1000 elements on the page: as code is written, with each call a round trip, and
     * as one markup string. PyScript's web API in a worker has no batching: each call is a round trip as
     * written, so its page has no separate round-trip figure.
     */
    WORKER_WEB("worker-web", "web API from a worker: build 1000 elements on the page", false, List.of(
            Figure.WORKER_AS_WRITTEN, Figure.WORKER_ROUND_TRIPS, Figure.WORKER_MARKUP, Figure.NAVIGATION_TO_DONE,
            Figure.MOVED, Figure.RENDERER_PEAK_RSS));

    private final String id;
    private final String title;
    private final boolean clicks;
    private final List<Figure> figures;

    BenchPage(String id, String title, boolean clicks, List<Figure> figures) {
        this.id = id;
        this.title = title;
        this.clicks = clicks;
        this.figures = figures;
    }

    private static List<Figure> workFigures() {
        return List.of(Figure.WORK, Figure.NAVIGATION_TO_DONE, Figure.MOVED, Figure.RENDERER_PEAK_RSS);
    }

    /** The page's file name stem, such as {@code buttons-when}. */
    public String id() {
        return id;
    }

    /** What the page does, as the report's heading says it. */
    public String title() {
        return title;
    }

    /** Whether the runner traces the browser through the run ({@link MainThreadTrace}). */
    public boolean traced() {
        return this == HELLO_TRACED;
    }

    /** Whether the runner clicks the page's 1000 buttons once it is ready. */
    public boolean clicks() {
        return clicks;
    }

    /** The figures a run of this page yields in any of its twins. */
    public List<Figure> figures() {
        return figures;
    }

    /** The figures a run of {@code twin} of this page yields. */
    public List<Figure> figures(Twin twin) {
        if (this == WORKER_WEB && twin == Twin.PYSCRIPT) {
            return figures.stream().filter(figure -> figure != Figure.WORKER_ROUND_TRIPS).toList();
        }
        return figures;
    }
}
