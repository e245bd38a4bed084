package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;

/** Many Java threads sharing the native pool get their own exact answers, and calls leave no native memory behind. */
class ExtractAndAggregateUnderLoadTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 200;

    @Test
    void eightThreadsAtOnceEachGetTheirOwnExactResults() throws Exception {
        // Sizes on both sides of the parallel thresholds, so pool-sharing and calling-thread paths interleave.
        int[] sizes = {1, 3, 40, 200, 900, 1_500, 2_500, 4_000};
        List<List<String>> inputs = new ArrayList<>();
        List<List<Map<String, Integer>>> expected = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            List<String> lines = new LogLines(500L + i).lines(sizes[i]);
            inputs.add(lines);
            expected.add(ExtractAndAggregateReference.extractAndAggregate(lines));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> checked = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                checked.add(pool.submit(() -> {
                    start.await();
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        // Large inputs less often, so the test stays quick while they overlap small ones.
                        int pick = (thread + call) % inputs.size();
                        if (pick >= 6 && call % 8 != 0) {
                            pick -= 4;
                        }
                        List<Map<String, Integer>> result = ExtractAndAggregateKernel.extractAndAggregate(inputs.get(pick));
                        assertEquals(expected.get(pick), result, "thread " + thread + ", call " + call);
                    }
                    return CALLS_PER_THREAD;
                }));
            }
            start.countDown();
            int calls = 0;
            for (Future<Integer> result : checked) {
                calls += result.get();
            }
            assertEquals(THREADS * CALLS_PER_THREAD, calls);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void smallCallsLeaveNoNativeMemoryBehind() {
        List<String> texts = List.of("用户 alice 3 登录 bob 0042", "\uD800x 7 😀 y 2147483648", "");
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(texts);
        Runnable call = () -> {
            if (!expected.equals(ExtractAndAggregateKernel.extractAndAggregate(texts))) {
                throw new AssertionError("kernel result differs from the reference");
            }
        };
        // An extra warm-up: on a busy machine late JIT compilations grow malloc arenas by a few MB.
        for (int i = 0; i < 50_000; i++) {
            call.run();
        }
        NativeMemory.assertNoLeak("extract_and_aggregate", 100_000, call);
    }

    /** A leaked input or output buffer would cost kilobytes per call here, far above any RSS noise. */
    @Test
    void mediumCallsLeaveNoNativeMemoryBehind() {
        List<String> texts = new LogLines(78L).lines(40);
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(texts);
        NativeMemory.assertNoLeak("extract_and_aggregate on 40 lines", 10_000, () -> {
            if (!expected.equals(ExtractAndAggregateKernel.extractAndAggregate(texts))) {
                throw new AssertionError("kernel result differs from the reference");
            }
        });
    }

    @Test
    void splitBatchesLeaveNoNativeMemoryBehind() {
        List<String> texts = new LogLines(77L).lines(12);
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(texts);
        NativeMemory.assertNoLeak("extract_and_aggregate in batches of 256 bytes", 10_000, () -> {
            if (!expected.equals(ExtractAndAggregateKernel.extractAndAggregate(texts, 256))) {
                throw new AssertionError("kernel result differs from the reference");
            }
        });
    }
}
