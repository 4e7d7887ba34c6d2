package io.github.pekoe.examples.gallery.workers;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.Export;
import io.github.pekoe.Script;

/** Runs in a worker: counts primes off the page's thread and reports its progress to the page. */
@Script(value = "primes", worker = true)
public class Primes {
    /** Says it is ready, in its own output right after its script element. */
    public static void main(String[] args) {
        display("the primes worker is ready (RUNNING_IN_WORKER = " + RUNNING_IN_WORKER + ")");
    }

    /**
     * Counts the primes below {@code limit}, telling the page how far it got twenty times on the way:
     * {@code sync("progress", percent)} runs the page's function and returns the page's counter.
     */
    @Export
    public static long countBelow(long limit) throws InterruptedException {
        long count = 0;
        long step = Math.max(1, limit / 20);
        long firstTick = page("progress", 0);
        long lastTick = firstTick;
        for (long n = 2; n < limit; n++) {
            if (isPrime(n)) {
                count++;
            }
            if (n % step == 0) {
                lastTick = page("progress", 100 * n / limit);
            }
        }
        lastTick = page("progress", 100);
        while (lastTick - firstTick < 2) {   // on a very fast machine, let the page's counter show it kept going
            Thread.sleep(20);
            lastTick = page("progress", 100);
        }
        return count;
    }

    /** Whether {@code n} is prime. */
    @Export
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    private static long page(String function, long percent) {
        return (Long) sync(function, percent);
    }
}
