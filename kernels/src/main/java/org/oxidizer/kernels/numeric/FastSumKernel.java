package org.oxidizer.kernels.numeric;

import com.sun.jna.Native;
import java.nio.DoubleBuffer;
import java.util.List;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacement for {@link FastSumReference}: values are staged in native memory a chunk at
 * a time and summed in Java's order, the running sum carried from chunk to chunk, so the bits match.
 */
public final class FastSumKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "fast_sum";

    private FastSumKernel() {
    }

    /**
     * Same contract as {@link FastSumReference#sum(double[])}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static double sum(double[] values) {
        int n = values.length;
        double sum = 0.0;
        if (n == 0) {
            return sum;
        }
        try (Scratch scratch = Scratch.acquire()) {
            DoubleBuffer staged = scratch.doubles;
            for (int from = 0; from < n; from += Scratch.DOUBLES) {
                int count = Math.min(Scratch.DOUBLES, n - from);
                staged.clear();
                staged.put(values, from, count);
                sum = run(scratch, count, sum);
            }
        }
        return sum;
    }

    /**
     * Same contract as {@link FastSumReference#sumBoxed}: unboxes through the list's iterator, so a null
     * element throws {@link NullPointerException} where the Java loop would.
     */
    public static double sumBoxed(List<Double> values) {
        double sum = 0.0;
        try (Scratch scratch = Scratch.acquire()) {
            DoubleBuffer staged = scratch.doubles;
            staged.clear();
            for (double x : values) {
                if (staged.position() == Scratch.DOUBLES) {
                    sum = run(scratch, Scratch.DOUBLES, sum);
                    staged.clear();
                }
                staged.put(x);
            }
            if (staged.position() > 0) {
                sum = run(scratch, staged.position(), sum);
            }
        }
        return sum;
    }

    private static double run(Scratch scratch, int count, double initial) {
        long status = Binding.fast_sum(scratch.data, count, initial, scratch.result);
        if (status != 0) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(status));
        }
        return scratch.result();
    }

    /** JNA direct mapping; addresses are passed as longs, the cheapest argument JNA converts. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native long fast_sum(long values, long count, double initial, long out);
    }
}
