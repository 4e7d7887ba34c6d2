package io.github.pekoe.examples.gallery.hello;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

/** The smallest Pekoe page: one line of output. */
@Script("hello")
public class Hello {
    /** Greets the reader. */
    public static void main(String[] args) {
        display("Hello from Java, compiled to JavaScript!");
        display("This text went into " + currentTarget() + ".");
    }
}
