package io.github.pekoe.boot;

/**
 * The bundle's entry point ({@code <mainClass>} of the TeaVM plugin). Pages never call it: the
 * compiled bundle calls it as soon as the document is parsed (see {@code AutoStartPlugin}).
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Runs the page; the bundle calls it once the document is parsed. */
    public static void main(String[] args) {
        PageRunner.run();
    }
}
