package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@code square_plus_double} must write Java's bits for any doubles, any layout and length, on any thread. */
class SquarePlusDoubleConformanceTest {

    @Provide
    Arbitrary<double[]> anyValues() {
        return AwkwardDoubles.arrays(AwkwardDoubles.any(), 2_000);
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return AwkwardDoubles.any();
    }

    @Property(tries = 250)
    void arrayTransformsLikeJava(@ForAll("anyValues") double[] values) {
        assertSameBits(SquarePlusDoubleReference.squarePlusDouble(values), SquarePlusDoubleKernel.squarePlusDouble(values),
            "array");
    }

    @Property(tries = 500)
    void oneValueTransformsLikeJava(@ForAll("anyDouble") double x) {
        assertSameBits(SquarePlusDoubleReference.squarePlusDoubleOne(x), SquarePlusDoubleKernel.squarePlusDoubleOne(x),
            "one value");
    }

    @Property(tries = 300)
    void bufferTransformsLikeJavaBetweenPositionAndLimitOnly(@ForAll("anyValues") double[] values,
            @ForAll BufferLayout layout, @ForAll @IntRange(max = 7) int head, @ForAll @IntRange(max = 7) int tail) {
        int position = Math.min(head, values.length);
        int limit = Math.max(position, values.length - tail);
        assertSameInPlace(layout, values, position, limit);
    }

    /** Runs both methods on equal buffers; compares every value up to capacity, and position and limit. */
    static void assertSameInPlace(BufferLayout layout, double[] values, int position, int limit) {
        DoubleBuffer java = layout.filled(values, position, limit);
        DoubleBuffer kernel = layout.filled(values, position, limit);
        SquarePlusDoubleReference.squarePlusDoubleInPlace(java);
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(kernel);
        assertSameBits(BufferLayout.contents(java), BufferLayout.contents(kernel), layout.name());
        assertEquals(position, kernel.position(), "position");
        assertEquals(limit, kernel.limit(), "limit");
    }

    @Test
    void largeInputsAcrossChunksAndThreads() {
        int chunk = Scratch.DOUBLES;
        for (int n : new int[] {chunk - 1, chunk, chunk + 1, 2 * chunk + 3, 1_200_003}) {
            double[] values = AwkwardDoubles.random(n, n);
            assertSameBits(SquarePlusDoubleReference.squarePlusDouble(values),
                SquarePlusDoubleKernel.squarePlusDouble(values), "array of " + n);
            // Heap buffers go through native memory in chunks; direct ones are split over threads when large.
            assertSameInPlace(BufferLayout.HEAP_BYTES_LITTLE_ENDIAN, values, 1, n - 1);
            assertSameInPlace(n > 1_000_000 ? BufferLayout.DIRECT_BIG_ENDIAN : BufferLayout.DIRECT_UNALIGNED,
                values, 1, n - 1);
        }
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnResults() throws Exception {
        List<double[]> inputs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            inputs.add(AwkwardDoubles.random(1 + i * 301, 100 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int call = 0; call < 200; call++) {
                        double[] values = inputs.get((thread * 5 + call) % inputs.size());
                        double[] expected = SquarePlusDoubleReference.squarePlusDouble(values);
                        double[] actual;
                        if (call % 3 == 0) {
                            actual = SquarePlusDoubleKernel.squarePlusDouble(values);
                        } else if (call % 3 == 1) {
                            DoubleBuffer buffer = BufferLayout.DIRECT_NATIVE_ORDER.filled(values, 0, values.length);
                            SquarePlusDoubleKernel.squarePlusDoubleInPlace(buffer);
                            actual = BufferLayout.contents(buffer);
                        } else {
                            actual = new double[values.length];
                            for (int i = 0; i < values.length; i++) {
                                actual[i] = SquarePlusDoubleKernel.squarePlusDoubleOne(values[i]);
                            }
                        }
                        for (int i = 0; i < values.length; i++) {
                            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                                return "thread " + thread + " call " + call + " [" + i + "]: " + actual[i];
                            }
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> result : results) {
                String failure = result.get();
                assertTrue(failure.isEmpty(), failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
