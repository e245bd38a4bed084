package org.oxidizer.samples.numeric;

/**
 * What a numeric sample reports: progress while it runs, then the time spent in the hot method, the wall
 * time and a checksum of every answer, so a run with the method swapped proves it changed nothing.
 */
final class RunRecord {

    private final long start = System.nanoTime();
    private final int steps;
    private long hotNanos;
    private long checksum = 0xcbf29ce484222325L;
    private int lastPercent = -1;

    /** @param steps how many steps the run takes; progress is printed at most once per percent */
    RunRecord(int steps) {
        this.steps = Math.max(1, steps);
    }

    void addHotNanos(long nanos) {
        hotNanos += nanos;
    }

    /** Folds an answer into the checksum; any NaN counts as the same NaN, as Java's own comparisons do. */
    void add(double answer) {
        add(Double.doubleToLongBits(answer));
    }

    void add(long value) {
        checksum = (checksum ^ mix(value)) * 0x100000001b3L;
    }

    void stepDone(int done) {
        int percent = (int) (100L * done / steps);
        if (percent != lastPercent) {
            lastPercent = percent;
            System.out.printf("oxidizer.progress=%.3f%n", (double) done / steps);
        }
    }

    void finish(String summary) {
        System.out.println(summary);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
