package org.oxidizer.samples.logs;

import java.util.List;

/**
 * The seed's 100 GB log pipeline in miniature: read raw lines in batches, clean them into rows for the
 * warehouse, count what was dropped. Prints its own timing and a checksum of every row so runs can be
 * compared.
 *
 * <p>Arguments: {@code --lines N --seed S --batch B}. The last lines it prints are {@code oxidizer.hotMillis=},
 * {@code oxidizer.wallMillis=} and {@code oxidizer.checksum=}; while it works it prints
 * {@code oxidizer.progress=FRACTION} after each batch.
 */
public final class LogCleaningPipeline {

    private LogCleaningPipeline() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long lines = longArg(args, "--lines", 2_000_000);
        long seed = longArg(args, "--seed", 42);
        int batch = (int) longArg(args, "--batch", 20_000);

        LogGenerator generator = new LogGenerator(seed);
        long checksum = 0xcbf29ce484222325L;
        long rows = 0;
        long hotNanos = 0;
        for (long done = 0; done < lines; done += batch) {
            List<String> raw = generator.next((int) Math.min(batch, lines - done));
            long t0 = System.nanoTime();
            List<String> cleaned = LogCleaning.cleanLogLines(raw);
            hotNanos += System.nanoTime() - t0;
            for (String row : cleaned) {
                checksum = (checksum ^ row.hashCode() ^ ((long) row.length() << 32)) * 0x100000001b3L;
            }
            rows += cleaned.size();
            System.out.printf("oxidizer.progress=%.3f%n", (double) Math.min(lines, done + batch) / lines);
        }
        System.out.println("lines=" + lines + " seed=" + seed + " batch=" + batch + " rows=" + rows
            + " dropped=" + (lines - rows));
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum ^ rows));
    }

    private static long longArg(String[] args, String name, long fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1].replace("_", ""));
            }
        }
        return fallback;
    }
}
