package io.github.pekoe.examples.gallery.brewstats;

import io.github.pekoe.Export;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The export of the lazy bundle "brewstats" (its package-info.java says @LazyBundle("brewstats")):
 * statistics over steeping times, code the page loads only when it first asks for it.
 */
public class BrewStats {
    /** The mean, median and spread of {@code seconds}, as one line of text. */
    @Export
    public static String report(List<Object> seconds) {
        List<Double> values = new ArrayList<>();
        double sum = 0;
        for (Object value : seconds) {
            values.add(((Number) value).doubleValue());
            sum += ((Number) value).doubleValue();
        }
        Collections.sort(values);
        int n = values.size();
        double mean = sum / n;
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return String.format("brewstats: %d teas, mean %.1f s, median %.1f s, standard deviation %.1f s", n, mean,
                median, Math.sqrt(squares / n));
    }
}
