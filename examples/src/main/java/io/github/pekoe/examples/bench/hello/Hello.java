package io.github.pekoe.examples.bench.hello;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** Writes "hello" into {@code #out}, the script's target; a button's py-click names {@link #clicked} as hello_clicked. */
@Script("bench-hello")
public class Hello {
    /** Greets. */
    public static void main(String[] args) {
        display("hello");
    }

    /** Answers a click in {@code #clicks}. */
    @Handler("hello_clicked")
    public static void clicked() {
        display(target("clicks"), "clicked");
    }
}
