package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Waits, before a run, until the machine is quiet: the share of CPU time spent busy over a short
 * sample of {@code /proc/stat} is below a threshold. The wait is bounded; a run that starts after the
 * bound is counted as started on a busy machine.
 */
final class QuietMachine {

    private static final Path STAT = Path.of("/proc/stat");
    private static final long SAMPLE_MILLIS = 300;

    private final double busyThreshold;
    private final long maxWaitMillis;
    private int busyStarts;

    /** Quiet means less than {@code busyThreshold} (0 to 1) of all cores busy; waits at most {@code maxWaitMillis}. */
    QuietMachine(double busyThreshold, long maxWaitMillis) {
        this.busyThreshold = busyThreshold;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Blocks until a sample is quiet or the bound has passed. */
    void await() throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        while (busyShare() >= busyThreshold) {
            if (System.currentTimeMillis() >= deadline) {
                busyStarts++;
                return;
            }
        }
    }

    /** How many runs started after the bound, with the machine still busy. */
    int busyStarts() {
        return busyStarts;
    }

    /** The threshold, as the report states it. */
    double busyThreshold() {
        return busyThreshold;
    }

    /** The bound on one wait, in milliseconds. */
    long maxWaitMillis() {
        return maxWaitMillis;
    }

    /** The busy share of all cores over one sample; 0 where {@code /proc/stat} cannot be read. */
    private static double busyShare() throws InterruptedException {
        long[] before = cpuTimes();
        Thread.sleep(SAMPLE_MILLIS);
        long[] after = cpuTimes();
        if (before == null || after == null) {
            return 0;
        }
        double total = after[0] - before[0];
        double idle = after[1] - before[1];
        return total <= 0 ? 0 : 1 - idle / total;
    }

    /** Total and idle (idle plus iowait) jiffies of the {@code cpu} line, or null. */
    private static long[] cpuTimes() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
