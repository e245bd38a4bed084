package org.oxidizer.agent.api;

/**
 * The per-call time histogram's buckets, the same in the agent (which counts) and the workbench (which reads): four
 * buckets per power of two of nanoseconds, so a bucket is at most 25% wide whatever the time; 256 buckets cover
 * 1 ns to centuries. Counts travel as {@code index:count} pairs, comma-separated, zero buckets left out.
 */
public final class LatencyBuckets {

    public static final int COUNT = 256;

    private LatencyBuckets() {
    }

    /** The bucket of a call that took {@code nanos}. */
    public static int index(long nanos) {
        if (nanos < 4) {
            return (int) Math.max(0, nanos);
        }
        int power = 63 - Long.numberOfLeadingZeros(nanos);         // 2^power <= nanos < 2^(power+1)
        int quarter = (int) (nanos >>> (power - 2)) & 3;
        return Math.min(COUNT - 1, power * 4 + quarter);
    }

    /** The smallest time in bucket {@code index}, nanos (buckets 0-3 hold 0-3 ns exactly; 4-7 are never used). */
    public static long lowerBound(int index) {
        if (index < 8) {
            return Math.min(index, 4);
        }
        int power = index / 4;
        int quarter = index % 4;
        if (power >= 63) {
            return Long.MAX_VALUE;      // past any long: 252-255 are never used
        }
        return (1L << power) + ((long) quarter << (power - 2));
    }

    /** The first time past bucket {@code index}, nanos. */
    public static long upperBound(int index) {
        return index + 1 < COUNT ? lowerBound(index + 1) : Long.MAX_VALUE;
    }

    /** {@code counts} as {@code index:count} pairs. */
    public static String encode(long[] counts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                s.append(s.length() == 0 ? "" : ",").append(i).append(':').append(counts[i]);
            }
        }
        return s.toString();
    }

    /** The counts of {@link #encode}; pairs that do not parse are skipped. */
    public static long[] decode(String text) {
        long[] counts = new long[COUNT];
        if (text == null || text.isEmpty()) {
            return counts;
        }
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            try {
                int i = Integer.parseInt(pair.substring(0, colon));
                if (i >= 0 && i < COUNT) {
                    counts[i] += Long.parseLong(pair.substring(colon + 1));
                }
            } catch (RuntimeException e) {
                // a pair cut short: the others stand
            }
        }
        return counts;
    }
}
