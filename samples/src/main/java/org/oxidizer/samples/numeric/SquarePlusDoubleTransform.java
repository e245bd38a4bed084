package org.oxidizer.samples.numeric;

import java.nio.DoubleBuffer;

/**
 * The seed's array transform {@code x * x + 2x}, written three ways a team would: over an array into a new
 * array, for one value (called from a loop), and in place over a DoubleBuffer.
 */
public final class SquarePlusDoubleTransform {

    private SquarePlusDoubleTransform() {
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
