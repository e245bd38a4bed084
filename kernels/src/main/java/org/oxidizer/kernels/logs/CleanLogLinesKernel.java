package org.oxidizer.kernels.logs;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Drop-in native replacement for {@link CleanLogLinesReference#cleanLogLines}: one UTF-16 buffer in and one
 * packed buffer of UTF-8 rows out per batch, so the JNA boundary is crossed twice, not per line. Lines the
 * kernel cannot write (a lone surrogate has no UTF-8 form) come back flagged and are cleaned by the Java
 * reference, in place.
 */
public final class CleanLogLinesKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "clean_log_lines";

    /** Chars per native call (32 MB of UTF-16): bounds native memory; a longer single line goes alone. */
    static final int BATCH_CHARS = 16 << 20;

    /** Lines per native call. */
    static final int BATCH_LINES = 256 << 10;

    /** Below this many chars per batch, decoding stays on the calling thread. */
    static final int PARALLEL_CHARS = 256 << 10;

    private CleanLogLinesKernel() {
    }

    /**
     * Same contract as the reference: one row per log record, in order, in a mutable list; a null list or
     * line throws {@link NullPointerException}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static List<String> cleanLogLines(List<String> lines) {
        return cleanLogLines(lines, BATCH_CHARS, BATCH_LINES);
    }

    static List<String> cleanLogLines(List<String> lines, int batchChars, int batchLines) {
        String[] all = lines.toArray(new String[0]);
        List<String> rows = new ArrayList<>(all.length);
        if (all.length == 0) {
            return rows;
        }
        // Fails with the loader's message on every call, not once and then as NoClassDefFoundError.
        boolean parallel = KernelLibrary.threads() > 1;
        int from = 0;
        while (from < all.length) {
            long chars = all[from].length();
            int to = from + 1;
            while (to < all.length && to - from < batchLines && chars + all[to].length() <= batchChars) {
                chars += all[to++].length();
            }
            run(all, from, to, (int) chars, parallel && chars >= PARALLEL_CHARS, rows);
            from = to;
        }
        return rows;
    }

    private static void run(String[] lines, int from, int to, int chars, boolean parallel, List<String> rows) {
        long[] packedLength = new long[1];
        Pointer packed;
        try (Utf16Lines batch = new Utf16Lines(lines, from, to, chars)) {
            packed = Binding.clean_log_lines(batch.units(), batch.unitCount(), batch.offsets(), batch.size(),
                    packedLength);
        }
        if (packed == null) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(packedLength[0]));
        }
        try {
            PackedRows.decodeInto(packed.getByteBuffer(0, packedLength[0]), lines, from, to, parallel, rows);
        } finally {
            Binding.oxidizer_free_buffer(packed, packedLength[0]);
        }
    }

    /** JNA direct mapping: static natives bound once, ~80 ns per call instead of ~250 ns through a proxy. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native Pointer clean_log_lines(Pointer units, long unitCount, Pointer offsets, int lineCount,
                long[] packedLength);

        static native void oxidizer_free_buffer(Pointer buffer, long length);
    }
}
