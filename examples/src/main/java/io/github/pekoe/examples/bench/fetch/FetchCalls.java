package io.github.pekoe.examples.bench.fetch;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import java.util.Map;
import org.teavm.jso.browser.Performance;

/** Calls {@code api/ping} 100 times, one after the other, reading each JSON answer. */
@Script("fetch-calls")
public class FetchCalls {
    private static final int CALLS = 100;

    /** Fetches, then writes the milliseconds into {@code #work} and "done" into {@code #done}. */
    public static void main(String[] args) {
        double start = Performance.now();
        long sum = 0;
        for (int i = 0; i < CALLS; i++) {
            Map<?, ?> answer = (Map<?, ?>) fetch("api/ping").json();
            sum += (Long) answer.get("n");
        }
        double millis = Performance.now() - start;
        display(target("work"), millis);
        display(target("done"), "done " + sum);
    }
}
