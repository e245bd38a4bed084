package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@code fast_sum} must return the Java loop's bits for any doubles, any length, on any thread. */
class FastSumConformanceTest {

    @Provide
    Arbitrary<double[]> anyValues() {
        return AwkwardDoubles.arrays(AwkwardDoubles.any(), 2_000);
    }

    @Provide
    Arbitrary<double[]> finiteValues() {
        return AwkwardDoubles.arrays(AwkwardDoubles.finite(), 2_000);
    }

    @Provide
    Arbitrary<List<Double>> anyList() {
        return AwkwardDoubles.any().list().ofMaxSize(2_000);
    }

    @Property(tries = 250)
    void arrayOfAnyDoublesSumsLikeJava(@ForAll("anyValues") double[] values) {
        assertSameBits(FastSumReference.sum(values), FastSumKernel.sum(values), "array");
    }

    @Property(tries = 250)
    void arrayOfFiniteDoublesRoundsLikeJava(@ForAll("finiteValues") double[] values) {
        assertSameBits(FastSumReference.sum(values), FastSumKernel.sum(values), "array");
    }

    @Property(tries = 200)
    void listSumsLikeJava(@ForAll("anyList") List<Double> values) {
        assertSameBits(FastSumReference.sumBoxed(values), FastSumKernel.sumBoxed(values), "ArrayList");
        LinkedList<Double> linked = new LinkedList<>(values);
        assertSameBits(FastSumReference.sumBoxed(linked), FastSumKernel.sumBoxed(linked), "LinkedList");
    }

    @Test
    void lengthsAroundTheChunkSizeCarryTheSumOver() {
        int chunk = Scratch.DOUBLES;
        for (int n : new int[] {chunk - 1, chunk, chunk + 1, 2 * chunk, 2 * chunk + 3, 1_500_001}) {
            double[] values = AwkwardDoubles.random(n, n);
            // Mostly ordinary values, so the sum stays finite and a wrong carry would show.
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(values[i]) || Math.abs(values[i]) > 1e20) {
                    values[i] = i;
                }
            }
            double expected = FastSumReference.sum(values);
            assertTrue(Double.isFinite(expected));
            assertSameBits(expected, FastSumKernel.sum(values), "array of " + n);
            List<Double> list = new ArrayList<>(n);
            for (double v : values) {
                list.add(v);
            }
            assertSameBits(expected, FastSumKernel.sumBoxed(list), "list of " + n);
        }
    }

    @Test
    void tenMillionBoxedDoubles() {
        int n = 10_000_000;
        List<Double> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add((i % 1_000) * 0.001 - 0.4995);
        }
        double expected = FastSumReference.sumBoxed(values);
        assertSameBits(expected, FastSumKernel.sumBoxed(values), "10M list");
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnSums() throws Exception {
        List<double[]> inputs = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            double[] values = AwkwardDoubles.random(1 + i * 997, i);
            inputs.add(values);
            expected.add(FastSumReference.sum(values));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int call = 0; call < 200; call++) {
                        int pick = (thread * 7 + call) % inputs.size();
                        double[] values = inputs.get(pick);
                        double sum = call % 2 == 0 ? FastSumKernel.sum(values)
                            : FastSumKernel.sumBoxed(Arrays.asList(box(values)));
                        if (Double.doubleToLongBits(sum) != Double.doubleToLongBits(expected.get(pick))) {
                            return "thread " + thread + " call " + call + ": " + sum + " vs " + expected.get(pick);
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

    private static Double[] box(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
