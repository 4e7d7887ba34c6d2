package io.github.pekoe.examples.bench.web;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.Element;
import org.teavm.jso.browser.Performance;

/** Builds a list of 1000 items with the tag factories and puts it in {@code #app}. */
@Script("web-build")
public class WebBuild {
    private static final int ITEMS = 1000;

    /** Builds, then writes the milliseconds into {@code #work} and "done" into {@code #done}. */
    public static void main(String[] args) {
        double start = Performance.now();
        Element list = ul(props("classes", "rows"));
        for (int i = 0; i < ITEMS; i++) {
            list.append(li("item " + i, props("classes", "row")));
        }
        page.get("app").append(list);
        double millis = Performance.now() - start;
        display(target("work"), millis);
        display(target("done"), "done");
    }
}
