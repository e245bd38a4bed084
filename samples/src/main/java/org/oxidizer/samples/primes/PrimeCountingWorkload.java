package org.oxidizer.samples.primes;

import java.util.SplittableRandom;

/**
 * The CPU-bound seed scenario: answer a stream of "how many primes below N" queries with a naive loop.
 * Prints its own timing and a checksum of every answer so runs can be compared.
 *
 * <p>Arguments: {@code --seed S --limit L --queries Q}; each query's limit is drawn from {@code [L/2, L]}. The
 * last lines it prints are {@code oxidizer.hotMillis=}, {@code oxidizer.wallMillis=} and
 * {@code oxidizer.checksum=}; while it works it prints {@code oxidizer.progress=FRACTION}.
 */
public final class PrimeCountingWorkload {

    private PrimeCountingWorkload() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long seed = intArg(args, "--seed", 42);
        int limit = Math.max(2, intArg(args, "--limit", 3_000_000));
        int queries = Math.max(1, intArg(args, "--queries", 80));

        SplittableRandom random = new SplittableRandom(seed);
        long checksum = 0xcbf29ce484222325L;
        long primes = 0;
        long hotNanos = 0;
        int reported = 0;
        for (int q = 0; q < queries; q++) {
            int queryLimit = limit / 2 + random.nextInt(limit - limit / 2 + 1);
            long t0 = System.nanoTime();
            primes = PrimeCounting.countPrimes(queryLimit);
            hotNanos += System.nanoTime() - t0;
            checksum = (checksum ^ (primes * 31 + queryLimit)) * 0x100000001b3L;
            int percent = (q + 1) * 100 / queries;
            if (percent > reported) {
                reported = percent;
                System.out.printf("oxidizer.progress=%.3f%n", (q + 1) / (double) queries);
            }
        }
        System.out.println("queries=" + queries + " limit=" + limit + " seed=" + seed + " lastCount=" + primes);
        System.out.println("oxidizer.hotMillis=" + hotNanos / 1_000_000);
        System.out.println("oxidizer.wallMillis=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("oxidizer.checksum=" + String.format("%016x", checksum));
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
