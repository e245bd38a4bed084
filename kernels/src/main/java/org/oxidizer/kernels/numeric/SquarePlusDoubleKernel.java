package org.oxidizer.kernels.numeric;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.Reference;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.ReadOnlyBufferException;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacements for {@link SquarePlusDoubleReference}: a {@code double[]} goes through
 * per-thread native memory in chunks (a copy in and a copy out), a direct {@link DoubleBuffer} is
 * transformed where it lies (no copy), and the per-value method crosses the boundary once per value.
 */
public final class SquarePlusDoubleKernel {

    /** Name of the batch kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "square_plus_double";

    /** Name of the per-value kernel's C entry point and its id in the kernel catalog. */
    public static final String ONE_KERNEL_ID = "square_plus_double_one";

    private SquarePlusDoubleKernel() {
    }

    /**
     * Same contract as {@link SquarePlusDoubleReference#squarePlusDouble}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static double[] squarePlusDouble(double[] values) {
        int n = values.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        try (Scratch scratch = Scratch.acquire()) {
            DoubleBuffer staged = scratch.doubles;
            for (int from = 0; from < n; from += Scratch.DOUBLES) {
                int count = Math.min(Scratch.DOUBLES, n - from);
                staged.clear();
                staged.put(values, from, count);
                run(scratch.data, count, false);
                staged.flip();
                staged.get(out, from, count);
            }
        }
        return out;
    }

    /** Same contract as {@link SquarePlusDoubleReference#squarePlusDoubleOne}: one native call per value. */
    public static double squarePlusDoubleOne(double x) {
        Scratch.requireLibrary();
        return Binding.square_plus_double_one(x);
    }

    /**
     * Same contract as {@link SquarePlusDoubleReference#squarePlusDoubleInPlace}: a direct buffer is
     * transformed in its own memory, byte-swapped if its order is not the platform's; a heap buffer goes
     * through native memory in chunks. A read-only buffer with values left throws
     * {@link ReadOnlyBufferException} before anything changes, as the Java loop's first put does.
     */
    public static void squarePlusDoubleInPlace(DoubleBuffer values) {
        int start = values.position();
        int n = values.limit() - start;
        if (n == 0) {
            return;
        }
        if (values.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (values.isDirect()) {
            Scratch.requireLibrary();
            long address = Pointer.nativeValue(Native.getDirectBufferPointer(values)) + 8L * start;
            run(address, n, values.order() != ByteOrder.nativeOrder());
            Reference.reachabilityFence(values);
            return;
        }
        DoubleBuffer window = values.duplicate();
        try (Scratch scratch = Scratch.acquire()) {
            DoubleBuffer staged = scratch.doubles;
            for (int from = start; from < start + n; from += Scratch.DOUBLES) {
                int count = Math.min(Scratch.DOUBLES, start + n - from);
                window.limit(from + count).position(from);
                staged.clear();
                staged.put(window);
                run(scratch.data, count, false);
                staged.flip();
                window.position(from);
                window.put(staged);
            }
        }
    }

    private static void run(long address, int count, boolean swapped) {
        long status = Binding.square_plus_double(address, count, swapped ? 1 : 0);
        if (status != 0) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(status));
        }
    }

    /** JNA direct mapping; addresses are passed as longs, the cheapest argument JNA converts. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native long square_plus_double(long data, long count, int swapped);

        static native double square_plus_double_one(double x);
    }
}
