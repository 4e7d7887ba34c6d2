package io.github.pekoe.examples.bench.buttonsattrs;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** Greets; the page's 1000 buttons name {@link #clicked} in their {@code py-click} attributes. */
@Script("buttons-attrs")
public class ButtonsAttrs {
    /** Writes "hello" into {@code #out}. */
    public static void main(String[] args) {
        display("hello");
    }

    /** Answers a click in {@code #clicks}. */
    @Handler
    public static void clicked() {
        display(target("clicks"), "clicked");
    }
}
