package org.oxidizer.samples.primes;

/** The seed scenario's CPU-bound loop, written the way it usually starts: trial division of every number. */
public final class PrimeCounting {

    private PrimeCounting() {
    }

    /** How many primes are below {@code limit}; 0 when {@code limit <= 2}. */
    public static long countPrimes(int limit) {
        long count = 0;
        for (int n = 2; n < limit; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(int n) {
        int root = (int) Math.sqrt(n);
        for (int i = 2; i <= root; i++) {
            if (n % i == 0) {
                return false;
            }
        }
        return true;
    }
}
