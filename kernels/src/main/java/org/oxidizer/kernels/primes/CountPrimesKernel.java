package org.oxidizer.kernels.primes;

import com.sun.jna.Native;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacement for {@link CountPrimesReference#countPrimes}: a segmented sieve counted on the
 * native pool, so one call crosses the JNA boundary once whatever the limit.
 */
public final class CountPrimesKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "count_primes";

    private CountPrimesKernel() {
    }

    /**
     * Same contract as the reference: the number of primes below {@code limit}, 0 when {@code limit <= 2}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static long countPrimes(int limit) {
        // Fails with the loader's message on every call, not once and then as NoClassDefFoundError.
        KernelLibrary.library();
        long count = Binding.count_primes(limit);
        if (count < 0) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(count));
        }
        return count;
    }

    /** JNA direct mapping: a static native bound once, ~80 ns per call. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native long count_primes(int limit);
    }
}
