package org.oxidizer.kernels.text;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.NativeErrors;

/**
 * Drop-in native replacement for {@link ExtractAndAggregateReference#extractAndAggregate}: one UTF-16
 * buffer in and one packed buffer out per batch, so the JNA boundary is crossed twice, not per text.
 */
public final class ExtractAndAggregateKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "extract_and_aggregate";

    /** Upper bound of UTF-16 bytes per native call: bounds native memory and keeps offsets within int range. */
    static final long BATCH_BYTES = 96L << 20;

    /**
     * Below this many UTF-16 bytes, Java-side copying and decoding stay on the calling thread; the kernel
     * too returns a single chunk below it (256 Ki units), so there would be nothing to split.
     */
    static final long PARALLEL_BYTES = 512L << 10;

    /** Below this many texts, reading their lengths stays on the calling thread. */
    private static final int PARALLEL_TEXTS = 16_384;

    private ExtractAndAggregateKernel() {
    }

    /**
     * Same contract as the reference: one {@code HashMap} per text, in order; a null list or text throws
     * {@link NullPointerException}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static List<Map<String, Integer>> extractAndAggregate(List<String> texts) {
        return extractAndAggregate(texts, BATCH_BYTES);
    }

    static List<Map<String, Integer>> extractAndAggregate(List<String> texts, long batchBytes) {
        return aggregate(texts, batchBytes, KERNEL_ID, Binding::extract_and_aggregate);
    }

    /** One native call over a batch of UTF-16 texts that returns packed counts (see {@link PackedCounts}). */
    @FunctionalInterface
    interface PackedCall {
        long call(Pointer chars, long charCount, Pointer offsets, int textCount, long[] packedLength);
    }

    /** The compiled one-pass matcher's find loop with {@code program} (see {@link OnePassProgram}). */
    static List<Map<String, Integer>> compiled(int[] program, String pattern, List<String> texts, long batchBytes) {
        return aggregate(texts, batchBytes, "extract_and_aggregate_compiled for pattern " + pattern,
            (chars, count, offsets, textCount, length) -> Binding.extract_and_aggregate_compiled(program, program.length,
                chars, count, offsets, textCount, length));
    }

    /** Batches {@code texts} by {@code batchBytes} of UTF-16, calls {@code call} on each, decodes the maps in order. */
    static List<Map<String, Integer>> aggregate(List<String> texts, long batchBytes, String kernel, PackedCall call) {
        Object[] all = texts.toArray();
        List<Map<String, Integer>> result = new ArrayList<>(all.length);
        if (all.length == 0) {
            return result;
        }
        // Fails with the loader's message on every call, not once and then as NoClassDefFoundError.
        KernelLibrary.library();
        long[] ends = EncodedTexts.charEnds(all, all.length >= PARALLEL_TEXTS);
        long batchChars = batchBytes / EncodedTexts.BYTES_PER_CHAR;
        int from = 0;
        while (from < all.length) {
            int to = from + 1;
            while (to < all.length && ends[to + 1] - ends[from] <= batchChars) {
                to++;
            }
            run(all, ends, from, to, result, kernel, call);
            from = to;
        }
        return result;
    }

    private static void run(Object[] texts, long[] ends, int from, int to, List<Map<String, Integer>> result,
                            String kernel, PackedCall call) {
        long[] packedLength = new long[1];
        boolean parallel = EncodedTexts.BYTES_PER_CHAR * (ends[to] - ends[from]) >= PARALLEL_BYTES;
        try (EncodedTexts batch = new EncodedTexts(texts, ends, from, to, parallel)) {
            long packed = call.call(batch.data(), batch.charCount(), batch.offsets(), batch.size(), packedLength);
            if (packed == 0) {
                throw new IllegalStateException("Native kernel " + kernel + " failed: " + NativeErrors.sentence(packedLength[0]));
            }
            try {
                PackedCounts.decodeInto(new Pointer(packed).getByteBuffer(0, packedLength[0]), batch.size(), parallel, result);
            } finally {
                Binding.oxidizer_free_buffer(packed, packedLength[0]);
            }
        }
    }

    /**
     * JNA direct mapping: static natives bound once, ~80 ns per call instead of ~250 ns through a proxy.
     * The buffer comes back as a plain address (64-bit only, like the library): a returned Pointer costs
     * a JNI object construction per call.
     */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native long extract_and_aggregate(Pointer chars, long charCount, Pointer offsets, int textCount,
                long[] packedLength);

        static native long extract_and_aggregate_compiled(int[] program, int programLength, Pointer chars,
                long charCount, Pointer offsets, int textCount, long[] packedLength);

        static native void oxidizer_free_buffer(long buffer, long length);
    }
}
