package org.oxidizer.kernels.numeric;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacement for {@link SumBytesReference#sumBytes}: a direct buffer is summed where it
 * lies, a heap buffer is copied through per-thread native memory in chunks, the sum carried over.
 */
public final class SumBytesKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "sum_bytes";

    private SumBytesKernel() {
    }

    /**
     * Same contract as the reference: the doubles from position to limit, little-endian, any trailing
     * partial double ignored; like the reference it sets the buffer's order to little-endian and moves
     * neither position nor limit.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static double sumBytes(ByteBuffer bytes) {
        bytes.order(ByteOrder.LITTLE_ENDIAN);
        int start = bytes.position();
        int length = (bytes.limit() - start) & ~7;
        if (length == 0) {
            return 0.0;
        }
        try (Scratch scratch = Scratch.acquire()) {
            if (bytes.isDirect()) {
                long address = Pointer.nativeValue(Native.getDirectBufferPointer(bytes)) + start;
                double sum = run(scratch, address, length, 0.0);
                Reference.reachabilityFence(bytes);
                return sum;
            }
            ByteBuffer window = bytes.duplicate();
            double sum = 0.0;
            for (int from = start; from < start + length; from += Scratch.BYTES) {
                int count = Math.min(Scratch.BYTES, start + length - from);
                window.limit(from + count).position(from);
                scratch.bytes.clear();
                scratch.bytes.put(window);
                sum = run(scratch, scratch.data, count, sum);
            }
            return sum;
        }
    }

    private static double run(Scratch scratch, long address, int length, double initial) {
        long status = Binding.sum_bytes(address, length, initial, scratch.result);
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

        static native long sum_bytes(long data, long length, double initial, long out);
    }
}
