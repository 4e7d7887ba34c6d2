package io.github.pekoe.examples.bench;

/**
 * How much a soak run does.
 *
 * @param clicks clicks on the {@code py-click} button
 * @param clickBatch clicks per batch, with a heap sample after each
 * @param messages numbered WebSocket messages the server pushes
 * @param registrations {@code when} registrations added, then removed
 * @param keys keys written to the store and read back
 */
record SoakCounts(int clicks, int clickBatch, int messages, int registrations, int keys) {

    /** The soak of the benchmark report. */
    static SoakCounts full() {
        return new SoakCounts(100_000, 10_000, 100_000, 10_000, 100_000);
    }

    /** Small counts that take seconds, so a test can keep the soak code working. */
    static SoakCounts smoke() {
        return new SoakCounts(100, 25, 100, 100, 100);
    }
}
