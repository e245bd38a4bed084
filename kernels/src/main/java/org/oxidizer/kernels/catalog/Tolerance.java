package org.oxidizer.kernels.catalog;

/**
 * How far a kernel's floating-point results may be from Java's. Exact means the same bits (any NaN equals
 * any NaN, but -0.0 differs from 0.0); a ULP tolerance is declared by kernels whose summation order differs
 * from the Java loop's, with the reason.
 */
public final class Tolerance {

    private static final Tolerance EXACT = new Tolerance(0, 0, "exact: the same bits as Java");

    private final long ulps;
    private final double absolute;
    private final String description;

    private Tolerance(long ulps, double absolute, String description) {
        this.ulps = ulps;
        this.absolute = absolute;
        this.description = description;
    }

    public static Tolerance exact() {
        return EXACT;
    }

    /**
     * Doubles within {@code ulps} units in the last place, or within {@code absolute} of each other (for
     * sums that cancel to near zero, where ULPs of the result say nothing), count as equal.
     */
    public static Tolerance ulps(long ulps, double absolute, String why) {
        if (ulps < 0 || !(absolute >= 0)) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        return new Tolerance(ulps, absolute, "within " + ulps + " ULP or " + absolute + " absolute: " + why);
    }

    public boolean isExact() {
        return ulps == 0 && absolute == 0;
    }

    public String description() {
        return description;
    }

    /** Whether the kernel's {@code actual} passes for the Java method's {@code expected}. */
    public boolean accepts(double expected, double actual) {
        if (Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual)) {
            return true;
        }
        if (isExact() || Double.isNaN(expected) || Double.isNaN(actual)
                || Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return false;
        }
        return Math.abs(expected - actual) <= absolute || ulpDistance(expected, actual) <= ulps;
    }

    private static long ulpDistance(double a, double b) {
        long x = ordered(a);
        long y = ordered(b);
        long d = x - y;
        // Opposite signs far apart overflow; such values are never within a tolerance anyway.
        return ((x ^ y) < 0 && (x ^ d) < 0) ? Long.MAX_VALUE : Math.abs(d);
    }

    /** Maps doubles onto longs so that adjacent doubles are adjacent longs (and -0.0 next to 0.0). */
    private static long ordered(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    @Override
    public String toString() {
        return description;
    }
}
