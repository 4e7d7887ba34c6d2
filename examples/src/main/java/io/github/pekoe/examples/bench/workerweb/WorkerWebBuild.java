package io.github.pekoe.examples.bench.workerweb;

import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.internal.webworker.WorkerWeb;
import io.github.pekoe.web.Element;
import org.teavm.jso.browser.Performance;

/**
 * In a worker, builds a list of 1000 items on the page three ways and times each: with the web API as
 * code is written (the calls that return nothing batched), with every call a round trip of its own,
 * and as one markup string. Writes the milliseconds into {@code #work-batched}, {@code #work-alone}
 * and {@code #work-markup}, then "done" into {@code #done}.
 */
@Script(value = "worker-web-build", worker = true)
public class WorkerWebBuild {
    private static final int ITEMS = 1000;

    /** Warms the worker's link to the page up, then builds and times the three lists. */
    public static void main(String[] args) {
        build("warm-up", 10);
        page.get("warm-up").remove();
        time("batched", () -> build("app-batched", ITEMS));
        WorkerWeb.batching(false);
        time("alone", () -> build("app-alone", ITEMS));
        WorkerWeb.batching(true);
        time("markup", WorkerWebBuild::markup);
        page.get("done").text("done");
    }

    /** Appends to {@code #id} a {@code ul.rows} of {@code items} {@code li.row}, as the page benchmark builds it. */
    private static void build(String id, int items) {
        Element list = ul(props("classes", "rows"));
        for (int i = 0; i < items; i++) {
            list.append(li("item " + i, props("classes", "row")));
        }
        page.get(id).append(list);
        // A read waits for the page to have made the list, so the time covers the work, not its queuing.
        list.children().size();
    }

    /** Puts the same list into {@code #app-markup} as one markup string. */
    private static void markup() {
        StringBuilder markup = new StringBuilder("<ul class=\"rows\">");
        for (int i = 0; i < ITEMS; i++) {
            markup.append("<li class=\"row\">item ").append(i).append("</li>");
        }
        page.get("app-markup").html(markup.append("</ul>").toString());
    }

    private static void time(String name, Runnable work) {
        double start = Performance.now();
        work.run();
        page.get("work-" + name).text(String.valueOf(Performance.now() - start));
    }
}
