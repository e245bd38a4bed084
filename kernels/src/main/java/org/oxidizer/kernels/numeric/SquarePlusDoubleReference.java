package org.oxidizer.kernels.numeric;

import java.nio.DoubleBuffer;

/**
 * The Java methods {@code square_plus_double} and {@code square_plus_double_one} replace, kept verbatim
 * from the sample so tests compare against the real thing.
 */
public final class SquarePlusDoubleReference {

    private SquarePlusDoubleReference() {
    }

    /** A new array holding {@code x * x + 2.0 * x} for each value. */
    public static double[] squarePlusDouble(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            out[i] = x * x + 2.0 * x;
        }
        return out;
    }

    /** {@code x * x + 2.0 * x} for one value. */
    public static double squarePlusDoubleOne(double x) {
        return x * x + 2.0 * x;
    }

    /** Replaces each value from position to limit by {@code x * x + 2.0 * x}; the position does not move. */
    public static void squarePlusDoubleInPlace(DoubleBuffer values) {
        for (int i = values.position(); i < values.limit(); i++) {
            double x = values.get(i);
            values.put(i, x * x + 2.0 * x);
        }
    }
}
