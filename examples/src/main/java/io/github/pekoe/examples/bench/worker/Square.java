package io.github.pekoe.examples.bench.worker;

import io.github.pekoe.*;

/** Runs in a worker and squares what the page sends. */
@Script(value = "square", worker = true)
public class Square implements Runnable {
    @Override
    public void run() {
    }

    /** {@code n} squared. */
    @Export
    public static long square(long n) {
        return n * n;
    }
}
