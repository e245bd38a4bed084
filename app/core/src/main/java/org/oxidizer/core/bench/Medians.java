package org.oxidizer.core.bench;

import java.util.Arrays;

/** Medians and spreads of repeated measurements: what a noisy 2-core machine can honestly report. */
public final class Medians {

    private Medians() {
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
