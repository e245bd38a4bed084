package org.oxidizer.samples.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/**
 * The seed's byte-payload scenario: a Python producer sends {@code array('d', ...).tobytes()} payloads and
 * a Java consumer totals each one with {@link PayloadSum#sumBytes}, many times over as it re-reads its
 * window of recent payloads. With {@code --holder direct} the payloads sit in direct buffers (as read from a
 * socket channel), else in heap buffers over byte arrays.
 *
 * <p>Arguments: {@code --payloads P --doubles D --rounds R --seed S --holder heap|direct}. Each payload
 * also carries 0 to 7 stray trailing bytes, which the sum ignores.
 */
public final class SumBytesWorkload {

    private final ByteBuffer[] window;
    private final double[] totals;
    private final SplittableRandom random;
    private final RunRecord record;

    private SumBytesWorkload(int payloads, int doubles, boolean direct, long seed, RunRecord record) {
        this.random = new SplittableRandom(seed);
        this.record = record;
        this.window = new ByteBuffer[payloads];
        this.totals = new double[payloads];
        for (int p = 0; p < payloads; p++) {
            byte[] bytes = tobytes(doubles, random.nextInt(8));
            window[p] = direct ? ByteBuffer.allocateDirect(bytes.length).put(bytes).flip() : ByteBuffer.wrap(bytes);
        }
    }

    public static void main(String[] args) {
        Arguments arguments = new Arguments(args);
        int payloads = arguments.intArg("--payloads", 64);
        int doubles = arguments.intArg("--doubles", 100_000);
        int rounds = arguments.intArg("--rounds", 100);
        long seed = arguments.intArg("--seed", 42);
        boolean direct = arguments.stringArg("--holder", "heap").equals("direct");

        RunRecord record = new RunRecord(rounds);
        SumBytesWorkload workload = new SumBytesWorkload(payloads, doubles, direct, seed, record);
        // Each round is a call of its own: a profiler attributes inlined frames of a loop compiled on-stack
        // (which a long loop in main would be) to the wrong methods.
        for (int round = 0; round < rounds; round++) {
            workload.round();
            record.stepDone(round + 1);
        }
        record.finish("payloads=" + payloads + " doubles=" + doubles + " rounds=" + rounds + " seed=" + seed
            + " holder=" + (direct ? "direct" : "heap"));
    }

    /** Totals every payload of the window, checksums the totals, then one value of one payload changes. */
    private void round() {
        long t0 = System.nanoTime();
        for (int p = 0; p < window.length; p++) {
            totals[p] = PayloadSum.sumBytes(window[p]);
        }
        record.addHotNanos(System.nanoTime() - t0);
        for (double total : totals) {
            record.add(total);
        }
        ByteBuffer changed = window[random.nextInt(window.length)];
        changed.order(ByteOrder.LITTLE_ENDIAN).putDouble(8 * random.nextInt(changed.limit() / 8), random.nextDouble(-1e3, 1e3));
    }

    /** What Python's {@code array('d', values).tobytes()} gives on x86, plus {@code stray} trailing bytes. */
    private byte[] tobytes(int doubles, int stray) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * doubles + stray).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < doubles; i++) {
            bytes.putDouble(random.nextDouble(-1e3, 1e3) * Math.pow(10, random.nextInt(-3, 4)));
        }
        return bytes.array();
    }
}
