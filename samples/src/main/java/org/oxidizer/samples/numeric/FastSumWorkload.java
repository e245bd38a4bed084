package org.oxidizer.samples.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seed's {@code rust_fast_sum} scenario: a risk job re-totals a book of P&amp;L series again and again
 * as ticks arrive, calling {@link SeriesSum} for every series, from a {@code double[]} or, with
 * {@code --input list}, from a {@code List<Double>} (what a port of Python's list of floats holds).
 *
 * <p>Arguments: {@code --series N --length L --rounds R --seed S --input array|list}. Prints
 * {@code oxidizer.progress=}, then {@code oxidizer.hotMillis=}, {@code oxidizer.wallMillis=} and
 * {@code oxidizer.checksum=} of every total.
 */
public final class FastSumWorkload {

    private final double[][] book;
    private final List<List<Double>> boxedBook;
    private final double[] totals;
    private final SplittableRandom random;
    private final RunRecord record;

    private FastSumWorkload(int series, int length, boolean boxed, long seed, RunRecord record) {
        this.random = new SplittableRandom(seed);
        this.record = record;
        this.book = new double[series][];
        this.boxedBook = boxed ? new ArrayList<>() : null;
        this.totals = new double[series];
        for (int s = 0; s < series; s++) {
            book[s] = pnl(length);
            if (boxed) {
                List<Double> values = new ArrayList<>(length);
                for (double v : book[s]) {
                    values.add(v);
                }
                boxedBook.add(values);
            }
        }
    }

    public static void main(String[] args) {
        Arguments arguments = new Arguments(args);
        int series = arguments.intArg("--series", 100);
        int length = arguments.intArg("--length", 10_000);
        int rounds = arguments.intArg("--rounds", 1_000);
        long seed = arguments.intArg("--seed", 42);
        boolean boxed = arguments.stringArg("--input", "array").equals("list");

        RunRecord record = new RunRecord(rounds);
        FastSumWorkload workload = new FastSumWorkload(series, length, boxed, seed, record);
        // Each round is a call of its own: a profiler attributes inlined frames of a loop compiled on-stack
        // (which a long loop in main would be) to the wrong methods.
        for (int round = 0; round < rounds; round++) {
            workload.round();
            record.stepDone(round + 1);
        }
        record.finish("series=" + series + " length=" + length + " rounds=" + rounds + " seed=" + seed
            + " input=" + (boxed ? "list" : "array"));
    }

    /** Totals every series, checksums the totals, then one new tick replaces a value. */
    private void round() {
        long t0 = System.nanoTime();
        for (int s = 0; s < totals.length; s++) {
            totals[s] = boxedBook != null ? SeriesSum.sumBoxed(boxedBook.get(s)) : SeriesSum.sum(book[s]);
        }
        record.addHotNanos(System.nanoTime() - t0);
        for (double total : totals) {
            record.add(total);
        }
        int s = random.nextInt(book.length);
        int i = random.nextInt(book[s].length);
        book[s][i] = Math.round(random.nextDouble(-1e4, 1e4)) / 100.0;
        if (boxedBook != null) {
            boxedBook.get(s).set(i, book[s][i]);
        }
    }

    /** Amounts in cents, mostly small, now and then a large one: sums where rounding order shows. */
    private double[] pnl(int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            double magnitude = Math.pow(10, random.nextInt(random.nextInt(50) == 0 ? 12 : 6));
            values[i] = Math.round(random.nextDouble(-1.0, 1.0) * magnitude * 100) / 100.0;
        }
        return values;
    }
}
