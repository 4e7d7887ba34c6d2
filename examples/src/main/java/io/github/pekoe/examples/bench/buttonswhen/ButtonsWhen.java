package io.github.pekoe.examples.bench.buttonswhen;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import org.teavm.jso.browser.Performance;

/** Binds one handler to the page's 1000 {@code .k} buttons, times the binding, then greets. */
@Script("buttons-when")
public class ButtonsWhen {
    /** Binds, writes the binding's milliseconds into {@code #bind}, and "hello" into {@code #out}. */
    public static void main(String[] args) {
        double start = Performance.now();
        when("click", ".k", ButtonsWhen::clicked);
        double millis = Performance.now() - start;
        display(target("bind"), millis);
        display("hello");
    }

    private static void clicked() {
        display(target("clicks"), "clicked");
    }
}
