package org.oxidizer.agent.swap;

import java.util.concurrent.atomic.LongAdder;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;

/** Per-call times of one side of a routed method (Java body or kernel): totals and the latest calls, cheaply. */
final class CallTimes {

    private static final int RECENT = 256;

    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final LongAdder busy = new LongAdder();
    private final long[] recent = new long[RECENT];
    private int next;
    private int filled;
    private final long[] first = new long[16];
    private final java.util.concurrent.atomic.AtomicLongArray histogram =
        new java.util.concurrent.atomic.AtomicLongArray(org.oxidizer.agent.api.LatencyBuckets.COUNT);
    private int firstCount;

    /** One timed call, standing for {@code weight} calls (1 when every call is timed). */
    void add(long callNanos, int weight) {
        calls.increment();
        nanos.add(callNanos);
        histogram.incrementAndGet(org.oxidizer.agent.api.LatencyBuckets.index(callNanos));
        busy.add(callNanos * weight);
        synchronized (recent) {
            if (firstCount < first.length) {
                first[firstCount++] = callNanos;
            }
            recent[next] = callNanos;
            next = (next + 1) % RECENT;
            filled = Math.min(filled + 1, RECENT);
        }
    }

    /** Mean nanos per timed call so far, or 0. */
    long mean() {
        long n = calls.sum();
        return n == 0 ? 0 : nanos.sum() / n;
    }

    void into(Facts facts, String prefix) {
        StringBuilder latest = new StringBuilder();
        StringBuilder earliest = new StringBuilder();
        synchronized (recent) {
            for (int i = 0; i < filled; i++) {
                latest.append(i == 0 ? "" : ",").append(recent[(next - filled + i + RECENT) % RECENT]);
            }
            for (int i = 0; i < firstCount; i++) {
                earliest.append(i == 0 ? "" : ",").append(first[i]);
            }
        }
        long[] counts = new long[histogram.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = histogram.get(i);
        }
        facts.put(prefix + RouteKeys.TIMED_HISTOGRAM, org.oxidizer.agent.api.LatencyBuckets.encode(counts));
        facts.put(prefix + RouteKeys.TIMED_FIRST, earliest.toString());
        facts.put(prefix + RouteKeys.TIMED_CALLS, calls.sum()).put(prefix + RouteKeys.TIMED_NANOS, nanos.sum())
            .put(prefix + RouteKeys.TIMED_BUSY_NANOS, busy.sum())
            .put(prefix + RouteKeys.TIMED_RECENT, latest.toString());
    }
}
