package org.oxidizer.samples.numeric;

import java.util.List;

/** The seed's {@code fast_sum} hot function, written the obvious way: a for-each loop adding doubles. */
public final class SeriesSum {

    private SeriesSum() {
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
