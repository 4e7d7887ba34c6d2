package io.github.pekoe.examples.bench.pattern;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** A size probe: the page's input, and one call of the String API on it. */
@Script("bench-pattern")
public class Probe {
    /** Shows the result of one call. */
    public static void main(String[] args) {
        String s = String.valueOf(currentTarget()) + " a,b  c";
        display(java.util.regex.Pattern.compile("([a-z]+)-(\\d+)").matcher(s).find() ? "found" : "none");
    }
}
