package io.github.pekoe.examples.bench;

import java.util.List;
import java.util.Map;

/**
 * What one cold run of one page measured, or why it failed.
 *
 * @param page the page
 * @param twin the implementation
 * @param figures each measured figure, in its raw unit (milliseconds, bytes)
 * @param problems what went wrong (a timeout, page errors); empty for a clean run
 */
public record RunResult(BenchPage page, Twin twin, Map<Figure, Double> figures, List<String> problems) {

    /** Whether the run finished and measured every figure of its page. */
    public boolean complete() {
        return problems.isEmpty() && figures.keySet().containsAll(page.figures(twin));
    }
}
