package io.github.pekoe.examples.bench.format;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** A size probe: the page's input, and one call of the String API on it. */
@Script("bench-format")
public class Probe {
    /** Shows the result of one call. */
    public static void main(String[] args) {
        String s = String.valueOf(currentTarget()) + " a,b  c";
        display(String.format("%d items, %.2f", s.length(), s.length() / 3.0));
    }
}
