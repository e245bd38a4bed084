package org.oxidizer.samples.wordfreq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Counts the words of batches of made-up review lines, round after round: the workload of a method the kernel
 * catalog does not know. Prints a checksum of every answer so runs can be compared.
 *
 * <p>Arguments: {@code --seed S --lines L --rounds R}. The last lines it prints are {@code oxidizer.hotMillis=},
 * {@code oxidizer.wallMillis=} and {@code oxidizer.checksum=}; while it works it prints {@code oxidizer.progress=}.
 */
public final class WordFrequencyWorkload {

    private static final String[] WORDS = {"the", "Service", "was", "fast", "slow", "and", "friendly", "Order", "late",
        "again", "price", "OK", "great", "not", "bad", "delivery", "2nd", "time", "refund", "café", "naïve", "東京", "x1"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "! ", " - ", "\t", "  ", "/", "'"};

    private WordFrequencyWorkload() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long seed = intArg(args, "--seed", 42);
        int lines = Math.max(1, intArg(args, "--lines", 20_000));
        int rounds = Math.max(1, intArg(args, "--rounds", 50));
        SplittableRandom random = new SplittableRandom(seed);
        List<String> batch = batch(random, lines);
        long checksum = 0xcbf29ce484222325L;
        long hotNanos = 0;
        int reported = 0;
        for (int r = 0; r < rounds; r++) {
            if (r > 0) {
                batch.set(random.nextInt(lines), line(random));
            }
            long t0 = System.nanoTime();
            Map<String, Integer> counts = WordFrequency.wordFrequencies(batch);
            hotNanos += System.nanoTime() - t0;
            long sum = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                sum += e.getKey().hashCode() * 31L + e.getValue();
            }
            checksum = (checksum ^ sum) * 0x100000001b3L;
            int percent = (r + 1) * 100 / rounds;
            if (percent > reported || r == 0) {
                reported = percent;
                System.out.printf("oxidizer.progress=%.3f%n", (r + 1) / (double) rounds);
            }
        }
        System.out.println("lines=" + lines + " rounds=" + rounds + " seed=" + seed);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum));
    }

    static List<String> batch(SplittableRandom random, int lines) {
        List<String> batch = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            batch.add(line(random));
        }
        return batch;
    }

    private static String line(SplittableRandom random) {
        StringBuilder line = new StringBuilder();
        int words = 3 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            if (w > 0 || random.nextInt(8) == 0) {
                line.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            line.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return line.toString();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", ""));
            }
        }
        return fallback;
    }
}
