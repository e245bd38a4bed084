package org.oxidizer.core.report;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.target.TargetRun;

/**
 * How far repeated runs of one side lie apart: the median the tables show and the range around it. Min and
 * max rather than quartiles, because a side rarely has more than a handful of runs.
 */
public record Spread(double min, double median, double max, int runs) {

    public static Spread of(List<TargetRun> runs, ToDoubleFunction<TargetRun> metric) {
        double[] values = runs.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = values.length;
        if (n == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Spread(values[0], median, values[n - 1], n);
    }

    /** Max - min relative to the median: 0.04 means the runs lay within 4% of each other. */
    public double relativeRange() {
        return median == 0 ? 0 : (max - min) / median;
    }

    /** "36.1 s – 37.4 s" for two or more runs; empty for one, where there is no spread to show. */
    public String range(DoubleFunction<String> format) {
        return runs < 2 ? "" : format.apply(min) + " – " + format.apply(max);
    }
}
