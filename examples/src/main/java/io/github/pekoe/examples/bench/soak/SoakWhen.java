package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Binds {@code n} (the URL's) click handlers to {@code #w} with {@code when}, then removes every
 * {@link Binding}, and clicks {@code #w} once: no handler may run. Shows the milliseconds of the
 * adding in {@code #add}, of the removing in {@code #remove}, the handler calls after removal in
 * {@code #calls}, and "done" in {@code #done}.
 */
@Script("soak-when")
public class SoakWhen {
    private static int calls;

    /** Adds, removes, clicks and shows the figures. */
    public static void main(String[] args) {
        int n = PageQuery.number("n", 100);
        Binding[] bindings = new Binding[n];
        double start = Performance.now();
        for (int i = 0; i < n; i++) {
            bindings[i] = when("click", "#w", SoakWhen::called);
        }
        double added = Performance.now();
        for (Binding binding : bindings) {
            binding.remove();
        }
        double removed = Performance.now();
        ((HTMLElement) document().getElementById("w")).click();
        display(target("add"), added - start);
        display(target("remove"), removed - added);
        display(target("calls"), calls);
        display(target("done"), "done");
    }

    private static void called() {
        calls++;
    }
}
