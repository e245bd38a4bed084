package org.oxidizer.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oxidizer.agent.api.LatencyBuckets;

/** The agent's buckets and the workbench's percentiles: every time in exactly one bucket, percentiles within a bucket. */
class LatencyHistogramTest {

    @Test
    void everyTimeFallsInTheBucketWhoseBoundsHoldIt() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            long nanos = i < 100 ? i : (long) Math.exp(r.nextDouble() * Math.log(1e13));
            int b = LatencyBuckets.index(nanos);
            assertTrue(LatencyBuckets.lowerBound(b) <= nanos && nanos < LatencyBuckets.upperBound(b), nanos + " in bucket " + b);
        }
        for (int b = 8; b < 252; b++) {      // 0-3 hold 0-3 ns exactly; 4-7 and 252-255 are never used
            assertEquals(b, LatencyBuckets.index(LatencyBuckets.lowerBound(b)), "bucket " + b);
            assertTrue(LatencyBuckets.upperBound(b) - LatencyBuckets.lowerBound(b) <= Math.max(1, LatencyBuckets.lowerBound(b) / 4),
                "a bucket is at most a quarter of its lower bound wide: " + b);
        }
    }

    @Test
    void percentilesAreWithinABucketOfTheExactOnes() {
        SplittableRandom r = new SplittableRandom(9);
        long[] times = new long[20_001];
        long[] counts = new long[LatencyBuckets.COUNT];
        for (int i = 0; i < times.length; i++) {
            times[i] = 50_000 + (long) (r.nextGaussian() * 5_000) + (i % 100 == 0 ? 2_000_000 : 0);
            counts[LatencyBuckets.index(times[i])]++;
        }
        Arrays.sort(times);
        LatencyHistogram h = LatencyHistogram.decode(LatencyBuckets.encode(counts));
        assertEquals(times.length, h.total());
        for (double p : new double[] {0.5, 0.9, 0.99, 0.999}) {
            double exact = times[(int) Math.ceil(p * times.length) - 1];
            assertEquals(exact, h.percentile(p), exact * 0.25, "p" + p);
        }
        assertTrue(h.describe().startsWith("p50 "), h.describe());
    }

    @Test
    void aWindowIsTheLaterReadingMinusTheEarlierOne() {
        long[] a = new long[LatencyBuckets.COUNT];
        long[] b = new long[LatencyBuckets.COUNT];
        a[40] = 3;
        b[40] = 5;
        b[60] = 2;
        LatencyHistogram window = new LatencyHistogram(b).minus(new LatencyHistogram(a));
        assertEquals(4, window.total());
        assertEquals(2, window.counts()[40]);
        assertEquals(Double.NaN, LatencyHistogram.EMPTY.percentile(0.5));
        assertEquals("no call timed", LatencyHistogram.EMPTY.describe());
        assertEquals(window, LatencyHistogram.decode("40:2,60:2,bad,999:1"));
    }
}
