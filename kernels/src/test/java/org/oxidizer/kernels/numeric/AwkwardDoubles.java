package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Doubles that find differences between a kernel and Java: every bit pattern (NaN payloads, subnormals,
 * huge and tiny magnitudes), the named special values, and ordinary values whose sums depend on order.
 */
final class AwkwardDoubles {

    static final double[] SPECIAL = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 2.2250738585072004E-308, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1e308, -1e308, 1e16, -1e16, 1.0, -1.0, -2.0, 0.1, Math.ulp(1.0),
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L)
    };

    /** Sign and fraction bits only: a zero exponent makes every such double subnormal (or a zero). */
    private static final long SUBNORMAL_BITS = 0x800F_FFFF_FFFF_FFFFL;

    private AwkwardDoubles() {
    }

    static Arbitrary<Double> any() {
        return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble)),
            Tuple.of(4, ordinary()),
            Tuple.of(1, Arbitraries.longs().map(bits -> Double.longBitsToDouble(bits & SUBNORMAL_BITS))),
            Tuple.of(2, Arbitraries.of(boxed(SPECIAL))));
    }

    /** Finite values of mixed magnitude, so sums stay finite and every rounding counts. */
    static Arbitrary<Double> finite() {
        return Arbitraries.frequencyOf(
            Tuple.of(4, ordinary()),
            Tuple.of(2, Arbitraries.doubles().between(-1e16, 1e16).ofScale(2)),
            Tuple.of(1, Arbitraries.of(1e16, -1e16, 1.0, -0.0, 0.1, Double.MIN_VALUE)));
    }

    /** Values up to a million with all of a double's digits (jqwik's default keeps two decimals). */
    private static Arbitrary<Double> ordinary() {
        return Arbitraries.doubles().between(-1e6, 1e6).ofScale(12);
    }

    static Arbitrary<double[]> arrays(Arbitrary<Double> values, int maxSize) {
        return values.list().ofMaxSize(maxSize).map(AwkwardDoubles::unboxed);
    }

    static double[] unboxed(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /** {@code n} values drawn from every bit pattern and ordinary ranges, the same for the same seed. */
    static double[] random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            values[i] = kind == 0 ? Double.longBitsToDouble(random.nextLong())
                : kind == 1 ? SPECIAL[random.nextInt(SPECIAL.length)]
                : random.nextDouble(-1e6, 1e6);
        }
        return values;
    }

    /** Same bits, where any NaN equals any NaN: the catalog's exact tolerance. */
    static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
            () -> what + ": Java " + expected + " vs kernel " + actual);
    }

    static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                assertSameBits(expected[i], actual[i], what + " [" + i + "]");
            }
        }
    }
}
