package org.oxidizer.kernels.numeric;

import java.util.List;

/** The Java methods {@code fast_sum} replaces, kept verbatim from the sample so tests compare against the real thing. */
public final class FastSumReference {

    private FastSumReference() {
    }

    /** Adds the values left to right, starting from 0.0. */
    public static double sum(double[] values) {
        double s = 0.0;
        for (double x : values) {
            s += x;
        }
        return s;
    }

    /** Same as {@link #sum(double[])} over boxed values; a null element throws NullPointerException. */
    public static double sumBoxed(List<Double> values) {
        double s = 0.0;
        for (double x : values) {
            s += x;
        }
        return s;
    }
}
