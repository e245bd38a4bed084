package org.oxidizer.kernels.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.ResultDifference;

/** The kernel must return exactly what the Java method returns, at the int range's edges and under concurrency. */
class CountPrimesConformanceTest {

    /** pi(10^k) for k = 0..9, from the published table: primes below 10^k, as 10^k itself is never prime. */
    private static final long[] PRIMES_BELOW_POWERS_OF_TEN =
        {0, 4, 25, 168, 1_229, 9_592, 78_498, 664_579, 5_761_455, 50_847_534};

    @Test
    void equalsReferenceForEveryLimitUpTo3000() {
        for (int limit = -5; limit <= 3_000; limit++) {
            assertEquals(CountPrimesReference.countPrimes(limit), CountPrimesKernel.countPrimes(limit), "limit " + limit);
        }
    }

    @Test
    void limitsOfTwoOrLessCountNothing() {
        for (int limit : new int[] {Integer.MIN_VALUE, -1_000_000, -1, 0, 1, 2}) {
            assertEquals(0, CountPrimesReference.countPrimes(limit));
            assertEquals(0, CountPrimesKernel.countPrimes(limit));
        }
        assertEquals(1, CountPrimesKernel.countPrimes(3));
    }

    @Test
    void powersOfTenMatchThePublishedTableAndTheReferenceWhereItIsFast() {
        long limit = 1;
        for (int k = 0; k < PRIMES_BELOW_POWERS_OF_TEN.length; k++, limit *= 10) {
            assertEquals(PRIMES_BELOW_POWERS_OF_TEN[k], CountPrimesKernel.countPrimes((int) limit), "10^" + k);
            if (k <= 6) {
                assertEquals(PRIMES_BELOW_POWERS_OF_TEN[k], CountPrimesReference.countPrimes((int) limit), "10^" + k);
            }
        }
    }

    /** 2^31 - 1 is prime and not below itself: pi(2^31 - 1) - 1. A sieve of 2 GB would fail here. */
    @Test
    void theLargestIntLimitNeitherOverflowsNorAllocatesTheRange() {
        long before = NativeMemory.rssKiB();
        assertEquals(105_097_564L, CountPrimesKernel.countPrimes(Integer.MAX_VALUE));
        assertTrue(NativeMemory.rssKiB() - before < 64 * 1024, "the sieve stays within a few segments per thread");
    }

    @Test
    void theCatalogBindingAnswersLikeTheReference() {
        CountPrimes kernel = new CountPrimes();
        BoundKernel bound = KernelCatalog.bundled().require("count_primes").bind("(I)J", Map.of());
        for (int limit : new int[] {-3, 2, 3, 100, 99_991, 1 << 20}) {
            Object[] args = {limit};
            assertEquals(Long.class, bound.invoke(args).getClass());
            assertTrue(ResultDifference.first(bound.reference(args), bound.invoke(args), kernel.tolerance()).isEmpty());
        }
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnCounts() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        int[] limits = new int[64];
        long[] expected = new long[limits.length];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = i % 8 == 0 ? 600_000 + random.nextInt(1_000) : random.nextInt(-10, 60_000);
            expected[i] = CountPrimesReference.countPrimes(limits[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int call = 0; call < 200; call++) {
                        int pick = (thread * 31 + call * 7) % limits.length;
                        long count = CountPrimesKernel.countPrimes(limits[pick]);
                        if (count != expected[pick]) {
                            return "limit " + limits[pick] + ": " + count + " instead of " + expected[pick];
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> result : results) {
                assertEquals("", result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callsLeaveNoNativeMemoryBehind() {
        NativeMemory.assertNoLeak("count_primes", 100_000, () -> CountPrimesKernel.countPrimes(2_000));
    }
}
