package com.example;

import static io.github.pekoe.Pekoe.display;
import static io.github.pekoe.Pekoe.target;

import io.github.pekoe.Handler;
import io.github.pekoe.Script;

/** The page's script and the handler its button names. */
@Script("hello")
public class Hello {
    /** Runs once the page is parsed; a computed double shows Java's own number text. */
    public static void main(String[] args) {
        display("Hello from Java! The square root of 2 is " + Math.sqrt(2));
    }

    /** Named by the button's py-click. */
    @Handler
    public static void greet() {
        display(target("answer"), "Clicked: the handler ran.");
    }
}
