package org.oxidizer.core.bench;

import java.util.Arrays;

/** Medians and spreads of repeated measurements: what a noisy 2-core machine can honestly report. */
public final class Medians {

    private Medians() {
    }

    /** The median (mean of the middle two for an even count), NaN for none; {@code values} is left as it was. */
    public static double median(double[] values) {
        return values.length == 0 ? Double.NaN : org.apache.commons.statistics.descriptive.Median.withDefaults()
            .evaluate(values.clone());
    }

    public static double median(long[] values) {
        return median(java.util.Arrays.stream(values).asDoubleStream().toArray());
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
