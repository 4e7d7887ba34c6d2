package io.github.pekoe.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median, minimum and maximum of one figure over the runs of one page's twin.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param count how many runs measured it
 */
public record Summary(double median, double min, double max, int count) {

    /** The summary of {@code values}; null when there are none. */
    public static Summary of(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Summary(median, sorted.get(0), sorted.get(n - 1), n);
    }
}
