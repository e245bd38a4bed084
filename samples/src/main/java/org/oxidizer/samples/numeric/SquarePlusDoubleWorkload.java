package org.oxidizer.samples.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * The seed's array-transform scenario: {@code --channels} signals of {@code --length} samples each go
 * through {@code x * x + 2x} once per round, with {@code --mode batch} (a {@code double[]} in, a new one
 * out), {@code one} (a loop calling the one-value method, the shape a per-element swap would hit) or
 * {@code buffer} (in place in a direct DoubleBuffer, as after reading a file channel).
 *
 * <p>Arguments: {@code --channels C --length L --rounds R --seed S --mode batch|one|buffer}. Every round
 * folds one 64th of each channel's outputs into the checksum, a different 64th each round, so that after
 * 64 rounds every output is covered while the hot method, not the checksum, dominates the profile.
 */
public final class SquarePlusDoubleWorkload {

    private static final int STRIDE = 64;

    private final String mode;
    private final double[][] signals;
    private final DoubleBuffer buffer;
    private final RunRecord record;
    private double[] out;

    private SquarePlusDoubleWorkload(String mode, int channels, int length, long seed, RunRecord record) {
        if (!mode.equals("batch") && !mode.equals("one") && !mode.equals("buffer")) {
            throw new IllegalArgumentException("--mode must be batch, one or buffer, not " + mode);
        }
        this.mode = mode;
        this.record = record;
        SplittableRandom random = new SplittableRandom(seed);
        this.signals = new double[channels][];
        for (int c = 0; c < channels; c++) {
            signals[c] = signal(random, length);
        }
        this.out = new double[length];
        this.buffer = ByteBuffer.allocateDirect(8 * length).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }

    public static void main(String[] args) {
        Arguments arguments = new Arguments(args);
        int channels = arguments.intArg("--channels", 8);
        int length = arguments.intArg("--length", 100_000);
        int rounds = arguments.intArg("--rounds", 1_000);
        long seed = arguments.intArg("--seed", 42);
        String mode = arguments.stringArg("--mode", "batch");

        RunRecord record = new RunRecord(rounds);
        SquarePlusDoubleWorkload workload = new SquarePlusDoubleWorkload(mode, channels, length, seed, record);
        // Each round is a call of its own: a profiler attributes inlined frames of a loop compiled on-stack
        // (which a long loop in main would be) to the wrong methods.
        for (int round = 0; round < rounds; round++) {
            workload.round(round);
            record.stepDone(round + 1);
        }
        record.finish("channels=" + channels + " length=" + length + " rounds=" + rounds + " seed=" + seed + " mode=" + mode);
    }

    private void round(int round) {
        for (double[] signal : signals) {
            if (mode.equals("buffer")) {
                buffer.clear();
                buffer.put(signal).clear();
            }
            long t0 = System.nanoTime();
            if (mode.equals("batch")) {
                out = SquarePlusDoubleTransform.squarePlusDouble(signal);
            } else if (mode.equals("one")) {
                for (int i = 0; i < signal.length; i++) {
                    out[i] = SquarePlusDoubleTransform.squarePlusDoubleOne(signal[i]);
                }
            } else {
                SquarePlusDoubleTransform.squarePlusDoubleInPlace(buffer);
            }
            record.addHotNanos(System.nanoTime() - t0);
            for (int i = round % STRIDE; i < signal.length; i += STRIDE) {
                record.add(mode.equals("buffer") ? buffer.get(i) : out[i]);
            }
        }
    }

    /** A noisy waveform with the odd spike, -0.0 and -Infinity (which the transform turns into NaN). */
    private static double[] signal(SplittableRandom random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = Math.sin(i * 0.001) * 3.0 + random.nextDouble(-0.5, 0.5);
            int kind = random.nextInt(100_000);
            if (kind == 0) {
                values[i] = -0.0;
            } else if (kind == 1) {
                values[i] = Double.NEGATIVE_INFINITY;
            } else if (kind < 20) {
                values[i] *= 1e150;
            }
        }
        return values;
    }
}
