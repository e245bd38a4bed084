package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;

/** Hand-picked sums where the order of additions, zero signs or null elements decide the answer. */
class FastSumEdgeCasesTest {

    /** Asserts the expected sum for both shapes, and that the reference agrees, so a wrong fixture fails too. */
    private static void assertSum(double expected, double... values) {
        String what = Arrays.toString(values);
        assertSameBits(expected, FastSumReference.sum(values), "reference " + what);
        assertSameBits(expected, FastSumKernel.sum(values), "kernel " + what);
        Double[] boxed = Arrays.stream(values).boxed().toArray(Double[]::new);
        assertSameBits(expected, FastSumKernel.sumBoxed(Arrays.asList(boxed)), "list kernel " + what);
    }

    @Test
    void orderOfAdditionsIsJavas() {
        assertSum(1.0, 1.0, 1e16, -1e16, 1.0);
        // Pairwise, as a parallel or SIMD sum would add: (1 + 1e16) + (-1e16 + 1) is 0, not Java's 1.
        assertNotEquals(1.0, (1.0 + 1e16) + (-1e16 + 1.0));
        assertSum(0.9999999999999999, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
    }

    @Test
    void overflowStaysInfinityWhereAPairwiseSumGivesNaN() {
        assertSum(Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);
        assertEquals(Double.NaN, (Double.MAX_VALUE + Double.MAX_VALUE) + (-Double.MAX_VALUE + -Double.MAX_VALUE));
    }

    @Test
    void zerosNaNAndInfinities() {
        assertSum(0.0);
        assertSum(0.0, -0.0);
        assertSum(0.0, -0.0, -0.0);
        assertSum(Double.NaN, 1.0, Double.NaN, 2.0);
        assertSum(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertSum(Double.NEGATIVE_INFINITY, -1e308, Double.NEGATIVE_INFINITY, 1e308);
        assertSum(2 * Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE);
        assertSum(Double.MIN_NORMAL, Double.MIN_NORMAL - Double.MIN_VALUE, Double.MIN_VALUE);
    }

    @Test
    void nullArrayListOrElementThrowsLikeJava() {
        assertThrows(NullPointerException.class, () -> FastSumKernel.sum(null));
        assertThrows(NullPointerException.class, () -> FastSumKernel.sumBoxed(null));
        List<Double> withNull = Arrays.asList(1.0, null, 2.0);
        assertThrows(NullPointerException.class, () -> FastSumReference.sumBoxed(withNull));
        assertThrows(NullPointerException.class, () -> FastSumKernel.sumBoxed(withNull));
        assertSum(3.0, 1.0, 2.0);
    }

    @Test
    void aListWhoseElementsAreThemselvesKernelSumsIsSafe() {
        List<Double> inner = List.of(0.5, 0.25, 1e16, -1e16);
        List<Double> outer = new AbstractList<Double>() {
            @Override
            public Double get(int index) {
                return FastSumKernel.sumBoxed(inner) + index;
            }

            @Override
            public int size() {
                return 5;
            }
        };
        assertSameBits(FastSumReference.sumBoxed(outer), FastSumKernel.sumBoxed(outer), "re-entered");
    }

    @Test
    void noNativeMemoryLeaks() {
        double[] values = AwkwardDoubles.random(64, 5);
        List<Double> list = Arrays.asList(Arrays.stream(values).boxed().toArray(Double[]::new));
        NativeMemory.assertNoLeak("fast_sum over double[]", 100_000, () -> FastSumKernel.sum(values));
        NativeLeaks.assertNoLeak("fast_sum over List<Double>", () -> FastSumKernel.sumBoxed(list));
    }
}
