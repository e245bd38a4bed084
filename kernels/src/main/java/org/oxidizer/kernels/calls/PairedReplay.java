package org.oxidizer.kernels.calls;

import java.util.Arrays;
import java.util.List;

/**
 * The A/B measurement on captured calls: the Java method and the kernel, each call replayed on both sides back
 * to back on this one thread, the side that goes first alternating by call and pass, over passes until the time
 * budget is spent. Warm-up passes come first and last until both sides' pass times settle (JIT), or until 60% of
 * the budget is gone. Arguments are copied before each timed call, outside the timing. The analysis (estimate,
 * interval) is the workbench's job: this only measures and hands over the pairs. The agent runs it inside a live
 * target; {@code oxidizer kernel test} runs it on a saved capture.
 */
public final class PairedReplay {

    /** Pairs handed over at most; past that, more pairs add little to the interval. */
    public static final int MAX_PAIRS = 2_000;
    /** Warm-up stops when each side's last {@code SETTLE_PASSES} pass times are within this ratio of each other. */
    static final double SETTLED = 1.10;
    static final int SETTLE_PASSES = 3;
    /** Pairs the measurement goes on for past its budget (up to twice the budget): fewer give no 95% interval. */
    public static final int MIN_PAIRS = 8;

    private PairedReplay() {
    }

    /** One side of the comparison: runs the method on one call's (copied) arguments. */
    public interface Side {
        void call(Object[] args) throws Exception;
    }

    /** What was measured: per-call nanos, pair {@code i} being {@code java[i]} against {@code kernel[i]}. */
    public static final class Pairs {
        public final long[] java;
        public final long[] kernel;
        public final int warmupPasses;
        public final boolean steady;
        public final int passes;
        public final long spentNanos;

        Pairs(long[] java, long[] kernel, int warmupPasses, boolean steady, int passes, long spentNanos) {
            this.java = java;
            this.kernel = kernel;
            this.warmupPasses = warmupPasses;
            this.steady = steady;
            this.passes = passes;
            this.spentNanos = spentNanos;
        }
    }

    /**
     * @param calls each call's arguments, copied afresh (with {@link ArgumentCopies}) before each timed call
     * @throws Exception what a side threw; nothing is measured then
     */
    public static Pairs measure(List<Object[]> calls, Side java, Side kernel, long budgetNanos) throws Exception {
        long begin = System.nanoTime();
        long warmupEnd = begin + budgetNanos * 3 / 5;
        long end = begin + budgetNanos;
        int n = calls.size();
        long[] javaPass = new long[n];
        long[] kernelPass = new long[n];
        double[][] passTimes = new double[SETTLE_PASSES][];
        int warmups = 0;
        boolean steady = false;
        while (!steady) {
            pass(calls, java, kernel, warmups, javaPass, kernelPass, n);
            passTimes[warmups % SETTLE_PASSES] = new double[] {sum(javaPass, n), sum(kernelPass, n)};
            warmups++;
            steady = warmups >= SETTLE_PASSES && settled(passTimes);
            if (System.nanoTime() >= warmupEnd) {
                break;
            }
        }
        long[] javaPairs = new long[Math.min(MAX_PAIRS, Math.max(n, 64))];
        long[] kernelPairs = new long[javaPairs.length];
        int pairs = 0;
        int passes = 0;
        do {
            int count = Math.min(n, MAX_PAIRS - pairs);
            pass(calls, java, kernel, warmups + passes, javaPass, kernelPass, count);
            if (pairs + count > javaPairs.length) {
                int size = Math.min(MAX_PAIRS, Math.max(pairs + count, 2 * javaPairs.length));
                javaPairs = Arrays.copyOf(javaPairs, size);
                kernelPairs = Arrays.copyOf(kernelPairs, size);
            }
            System.arraycopy(javaPass, 0, javaPairs, pairs, count);
            System.arraycopy(kernelPass, 0, kernelPairs, pairs, count);
            pairs += count;
            passes++;
        } while ((System.nanoTime() < end || pairs < MIN_PAIRS && System.nanoTime() < begin + 2 * budgetNanos) && pairs < MAX_PAIRS);
        return new Pairs(Arrays.copyOf(javaPairs, pairs), Arrays.copyOf(kernelPairs, pairs), warmups, steady,
            passes, System.nanoTime() - begin);
    }

    private static void pass(List<Object[]> calls, Side java, Side kernel, int pass, long[] javaPass, long[] kernelPass,
                             int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Object[] args = calls.get(i);
            if (((i + pass) & 1) == 0) {
                javaPass[i] = time(java, args);
                kernelPass[i] = time(kernel, args);
            } else {
                kernelPass[i] = time(kernel, args);
                javaPass[i] = time(java, args);
            }
        }
    }

    private static long time(Side side, Object[] args) throws Exception {
        Object[] copy = ArgumentCopies.of(args);
        long start = System.nanoTime();
        side.call(copy);
        return System.nanoTime() - start;
    }

    private static double sum(long[] values, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += values[i];
        }
        return total;
    }

    private static boolean settled(double[][] passTimes) {
        for (int side = 0; side < 2; side++) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double[] pass : passTimes) {
                min = Math.min(min, pass[side]);
                max = Math.max(max, pass[side]);
            }
            if (max > min * SETTLED) {
                return false;
            }
        }
        return true;
    }
}
