package org.oxidizer.kernels.primes;

/** The Java method the kernel replaces, kept verbatim so conformance tests compare against the real thing. */
public final class CountPrimesReference {

    private CountPrimesReference() {
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
