package io.github.pekoe.boot;

import io.github.pekoe.lifecycle.DocumentReady;

/**
 * The bundle's entry point ({@code <mainClass>} of the TeaVM plugin). Pages never call it: the
 * compiled bundle calls it as soon as it loads.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Waits for the document, then runs the page. */
    public static void main(String[] args) {
        DocumentReady.await();
        PageRunner.run();
    }
}
