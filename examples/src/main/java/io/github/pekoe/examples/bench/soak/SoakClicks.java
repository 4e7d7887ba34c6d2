package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** Greets; the page's button names {@link #clicked} (as soak_clicked), which counts clicks into {@code #count}. */
@Script("soak-clicks")
public class SoakClicks {
    private static int clicks;

    /** Writes "hello" into {@code #out}: the page is ready for clicks. */
    public static void main(String[] args) {
        display("hello");
    }

    /** Counts one click and shows the count in {@code #count}, replacing the last. */
    @Handler("soak_clicked")
    public static void clicked() {
        clicks++;
        display(target("count").append(false), clicks);
    }
}
