package io.github.pekoe.examples.gallery.workers;

import io.github.pekoe.Export;
import io.github.pekoe.Script;

/** A second worker, reached by its name: it has nothing to do until the page calls it. */
@Script(value = "words", worker = true)
public class Words implements Runnable {
    @Override
    public void run() {
    }

    /** Shouts {@code text} back. */
    @Export
    public static String shout(String text) {
        return text.trim().isEmpty() ? "(nothing to shout: type something first)" : text.toUpperCase() + "!";
    }
}
