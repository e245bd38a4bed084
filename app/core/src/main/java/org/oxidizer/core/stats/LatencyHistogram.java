package org.oxidizer.core.stats;

import java.util.Arrays;
import java.util.Locale;
import org.oxidizer.agent.api.LatencyBuckets;
import org.oxidizer.core.report.Figures;

/**
 * A method's per-call time distribution as the agent counts it (every timed call in a bucket at most 25% wide,
 * {@link LatencyBuckets}): percentiles, and the difference of two readings (the calls between them). A percentile is
 * interpolated within its bucket, so it is exact to the bucket's width.
 */
public record LatencyHistogram(long[] counts) {

    public static final LatencyHistogram EMPTY = new LatencyHistogram(new long[LatencyBuckets.COUNT]);

    public LatencyHistogram {
        counts = Arrays.copyOf(counts, LatencyBuckets.COUNT);
    }

    public static LatencyHistogram decode(String text) {
        return new LatencyHistogram(LatencyBuckets.decode(text));
    }

    /** The smallest time of bucket {@code index}, nanos. */
    public static long lowerBound(int index) {
        return LatencyBuckets.lowerBound(index);
    }

    /** The first time past bucket {@code index}, nanos. */
    public static long upperBound(int index) {
        return LatencyBuckets.upperBound(index);
    }

    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The calls counted here and not in {@code earlier} (a later reading minus an earlier one); never negative. */
    public LatencyHistogram minus(LatencyHistogram earlier) {
        long[] d = new long[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(0, counts[i] - earlier.counts[i]);
        }
        return new LatencyHistogram(d);
    }

    public LatencyHistogram plus(LatencyHistogram other) {
        long[] d = counts.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] += other.counts[i];
        }
        return new LatencyHistogram(d);
    }

    /** The time under which {@code fraction} of the calls took, in nanos; NaN without calls. */
    public double percentile(double fraction) {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double rank = Math.max(1, Math.ceil(fraction * n));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            if (seen + counts[i] >= rank) {
                double within = (rank - seen) / counts[i];
                long lo = LatencyBuckets.lowerBound(i);
                long hi = Math.min(LatencyBuckets.upperBound(i), lo * 2 + 4);
                return lo + within * (hi - lo);
            }
            seen += counts[i];
        }
        return LatencyBuckets.lowerBound(counts.length - 1);
    }

    /** "p50 1.20 ms, p90 1.81 ms, p99 3.10 ms, 4,096 calls", or "no call timed". */
    public String describe() {
        long n = total();
        if (n == 0) {
            return "no call timed";
        }
        return String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, %,d %s", Figures.nanos(Math.round(percentile(0.5))),
            Figures.nanos(Math.round(percentile(0.9))), Figures.nanos(Math.round(percentile(0.99))), n, n == 1 ? "call" : "calls");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram h && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return describe();
    }
}
