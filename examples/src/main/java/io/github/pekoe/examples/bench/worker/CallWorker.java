package io.github.pekoe.examples.bench.worker;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import org.teavm.jso.browser.Performance;

/** Waits for the worker "square" to be ready and calls its export once. */
@Script("call-worker")
public class CallWorker {
    /** Calls, then writes the milliseconds into {@code #work} and the answer into {@code #done}. */
    public static void main(String[] args) {
        double start = Performance.now();
        long answer = (Long) workers("square").call("square", 7);
        double millis = Performance.now() - start;
        display(target("work"), millis);
        display(target("done"), "done " + answer);
    }
}
