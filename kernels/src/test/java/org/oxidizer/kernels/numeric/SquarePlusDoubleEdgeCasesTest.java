package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.nio.DoubleBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;

/** Hand-picked values where fusing, zero signs, infinities or read-only buffers would give away a difference. */
class SquarePlusDoubleEdgeCasesTest {

    @Test
    void neverFusedIntoAMultiplyAdd() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[500];
        int found = 0;
        while (found < values.length) {
            double x = random.nextDouble(1.0, 2.0);
            if (Math.fma(x, x, 2.0 * x) != x * x + 2.0 * x) {
                values[found++] = x;
            }
        }
        double[] expected = SquarePlusDoubleReference.squarePlusDouble(values);
        double[] actual = SquarePlusDoubleKernel.squarePlusDouble(values);
        assertSameBits(expected, actual, "array");
        for (int i = 0; i < values.length; i++) {
            assertNotEquals(Math.fma(values[i], values[i], 2.0 * values[i]), actual[i], "fused at " + values[i]);
            assertSameBits(expected[i], SquarePlusDoubleKernel.squarePlusDoubleOne(values[i]), "one");
        }
        DoubleBuffer buffer = BufferLayout.DIRECT_NATIVE_ORDER.filled(values, 0, values.length);
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(buffer);
        assertSameBits(expected, BufferLayout.contents(buffer), "direct buffer");
    }

    @Test
    void specialValuesFollowIeeeLikeJava() {
        double[] values = {-0.0, 0.0, -2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1.5e154, Double.MIN_VALUE, -Double.MIN_VALUE};
        double[] expected = {0.0, 0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY, 2 * Double.MIN_VALUE,
            -2 * Double.MIN_VALUE};
        assertSameBits(expected, SquarePlusDoubleReference.squarePlusDouble(values), "reference");
        assertSameBits(expected, SquarePlusDoubleKernel.squarePlusDouble(values), "kernel");
        for (BufferLayout layout : BufferLayout.values()) {
            DoubleBuffer buffer = layout.filled(values, 0, values.length);
            SquarePlusDoubleKernel.squarePlusDoubleInPlace(buffer);
            assertSameBits(expected, BufferLayout.contents(buffer), layout.name());
        }
    }

    @Test
    void emptyInputsGiveEmptyResults() {
        assertEquals(0, SquarePlusDoubleKernel.squarePlusDouble(new double[0]).length);
        DoubleBuffer empty = BufferLayout.DIRECT_NATIVE_ORDER.filled(new double[] {3.0}, 1, 1);
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(empty);
        assertEquals(3.0, empty.get(0));
    }

    @Test
    void resultIsAFreshArray() {
        double[] values = {1.0, 2.0};
        double[] out = SquarePlusDoubleKernel.squarePlusDouble(values);
        assertTrue(out != values);
        assertEquals("[1.0, 2.0]", Arrays.toString(values));
        assertEquals("[3.0, 8.0]", Arrays.toString(out));
    }

    @Test
    void readOnlyBufferThrowsBeforeChangingAnythingLikeJava() {
        double[] values = {1.0, 2.0, 3.0};
        for (BufferLayout layout : BufferLayout.values()) {
            DoubleBuffer java = layout.filled(values, 0, 3).asReadOnlyBuffer();
            DoubleBuffer kernel = layout.filled(values, 0, 3).asReadOnlyBuffer();
            assertThrows(ReadOnlyBufferException.class, () -> SquarePlusDoubleReference.squarePlusDoubleInPlace(java));
            assertThrows(ReadOnlyBufferException.class, () -> SquarePlusDoubleKernel.squarePlusDoubleInPlace(kernel));
            assertSameBits(values, BufferLayout.contents(kernel), layout.name());
            DoubleBuffer nothingLeft = layout.filled(values, 3, 3).asReadOnlyBuffer();
            SquarePlusDoubleReference.squarePlusDoubleInPlace(nothingLeft);
            SquarePlusDoubleKernel.squarePlusDoubleInPlace(nothingLeft);
        }
    }

    @Test
    void nullThrowsLikeJava() {
        assertThrows(NullPointerException.class, () -> SquarePlusDoubleKernel.squarePlusDouble(null));
        assertThrows(NullPointerException.class, () -> SquarePlusDoubleKernel.squarePlusDoubleInPlace(null));
    }

    @Test
    void noNativeMemoryLeaks() {
        double[] values = AwkwardDoubles.random(64, 9);
        DoubleBuffer direct = BufferLayout.DIRECT_UNALIGNED.filled(values, 0, 64);
        DoubleBuffer heap = BufferLayout.HEAP_BYTES_BIG_ENDIAN.filled(values, 0, 64);
        // A one-value array keeps the results' own heap growth far below the check's slack.
        double[] one = {values[0]};
        NativeLeaks.assertNoLeak("square_plus_double over double[]", () -> SquarePlusDoubleKernel.squarePlusDouble(one));
        NativeMemory.assertNoLeak("square_plus_double over a direct buffer", 100_000,
            () -> SquarePlusDoubleKernel.squarePlusDoubleInPlace(direct));
        NativeLeaks.assertNoLeak("square_plus_double over a heap buffer",
            () -> SquarePlusDoubleKernel.squarePlusDoubleInPlace(heap));
        NativeMemory.assertNoLeak("square_plus_double_one", 100_000,
            () -> SquarePlusDoubleKernel.squarePlusDoubleOne(values[3]));
    }
}
