package org.oxidizer.kernels.text;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.NativeErrors;

/**
 * Drop-in native replacement for {@link DailyTotalsOfFileReference#ofFile}: the file's name goes in, its totals
 * (one entry per distinct word) come out. Reading, line splitting, the pair scan and the summing all happen in the
 * library, over the native worker pool: no line, String or per-text map is made on the Java side.
 */
public final class DailyTotalsOfFileKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "daily_totals_of_file";

    private DailyTotalsOfFileKernel() {
    }

    /**
     * The file's totals, equal to the reference's by {@code equals}.
     *
     * @throws IllegalStateException when the file cannot be read or is not UTF-8 (the swap then runs the Java
     *         method, which throws what Java throws), or the library fails
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static Map<String, Long> ofFile(Path file) {
        byte[] name = file.toString().getBytes(StandardCharsets.UTF_8);
        long[] length = new long[1];
        long packed = Binding.daily_totals_of_file(name, name.length, length);
        if (packed == 0) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " did not total " + file + ": "
                + NativeErrors.sentence(length[0]));
        }
        try {
            return decode(new Pointer(packed).getByteBuffer(0, length[0]).order(ByteOrder.nativeOrder()));
        } finally {
            Binding.oxidizer_free_buffer(packed, length[0]);
        }
    }

    /** {@code wordCount: i32}, then per word {@code length: i32, total: i64}, its ASCII bytes. */
    private static Map<String, Long> decode(ByteBuffer packed) {
        int words = packed.getInt();
        Map<String, Long> totals = new HashMap<>(Math.max(16, words * 4 / 3 + 1));
        byte[] word = new byte[64];
        for (int i = 0; i < words; i++) {
            int length = packed.getInt();
            long total = packed.getLong();
            if (word.length < length) {
                word = new byte[length];
            }
            packed.get(word, 0, length);
            totals.put(new String(word, 0, length, StandardCharsets.ISO_8859_1), total);
        }
        if (packed.hasRemaining()) {
            throw new IllegalStateException("Kernel " + KERNEL_ID + " returned " + packed.remaining() + " bytes past its totals");
        }
        return totals;
    }

    /** JNA direct mapping, as the other kernels. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native long daily_totals_of_file(byte[] path, long pathLength, long[] packedLength);

        static native void oxidizer_free_buffer(long buffer, long length);
    }
}
