package org.oxidizer.kernels.json;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.NativeBlock;

/**
 * Drop-in native replacement for {@link JsonSerializeReference#toJson}: Java walks the maps in their own
 * iteration order (the one thing only Java can do) and ships keys and counts in batches; Rust escapes and
 * formats. Keys travel as UTF-16, so lone surrogates come out exactly as the Java method writes them.
 * Walking the maps costs about as much as formatting them, so when the native pool has more than one thread,
 * large lists are walked in slices (four per native thread) on the common ForkJoinPool.
 */
public final class JsonSerializeKernel {

    /** Name of the kernel's C entry point and its id in the kernel catalog. */
    public static final String KERNEL_ID = "json_serialize";

    /**
     * Key chars per native call (2 MB of UTF-16); a longer single key goes alone. Small batches keep the
     * staging arrays in cache and let malloc hand back the same block every call.
     */
    static final int BATCH_CHARS = 1 << 20;

    /** Entries (and maps) per native call. */
    static final int BATCH_ENTRIES = 128 << 10;

    /** Fewest maps per slice worth a task of its own. */
    static final int SLICE_MAPS = 1024;

    /** Slices per thread, so an uneven slice does not leave a core idle. */
    private static final int SLICES_PER_THREAD = 4;

    private JsonSerializeKernel() {
    }

    /**
     * Same contract as the reference: the same text for every input it accepts; a null list throws
     * {@link NullPointerException}, a value that is not an Integer {@link ClassCastException}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static String toJson(List<Map<String, Integer>> results) {
        return toJson(results, BATCH_CHARS, BATCH_ENTRIES, SLICE_MAPS);
    }

    static String toJson(List<Map<String, Integer>> results, int batchChars, int batchEntries, int sliceMaps) {
        if (results.isEmpty()) {
            return "[]";
        }
        // Fails with the loader's message on every call, not once and then as NoClassDefFoundError.
        int threads = KernelLibrary.threads();
        int size = results.size();
        int slices = results instanceof RandomAccess && threads > 1
                ? Math.max(1, Math.min(threads * SLICES_PER_THREAD, size / sliceMaps)) : 1;
        List<JsonPieces> parts = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            parts.add(new JsonPieces());
        }
        try {
            if (slices == 1) {
                walk(results, true, true, batchChars, batchEntries, parts.get(0));
            } else {
                walkInParallel(results, batchChars, batchEntries, parts);
            }
            return JsonPieces.assemble(parts);
        } finally {
            for (JsonPieces part : parts) {
                part.free();
            }
        }
    }

    /** Walks one slice per part on the common ForkJoinPool; rethrows the first slice's failure, in list order. */
    private static void walkInParallel(List<Map<String, Integer>> results, int batchChars, int batchEntries,
            List<JsonPieces> parts) {
        int slices = parts.size();
        int size = results.size();
        Throwable[] failures = new Throwable[slices];
        IntStream.range(0, slices).parallel().forEach(s -> {
            List<Map<String, Integer>> slice = results.subList((int) ((long) size * s / slices),
                (int) ((long) size * (s + 1) / slices));
            try {
                walk(slice, s == 0, s == slices - 1, batchChars, batchEntries, parts.get(s));
            } catch (RuntimeException | Error e) {
                // Kept until every slice is done, so no buffer is left behind.
                failures[s] = e;
            }
        });
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            } else if (failure != null) {
                throw (Error) failure;
            }
        }
    }

    /** Flattens the maps of one slice into batches and hands each batch to the kernel. */
    private static void walk(List<Map<String, Integer>> slice, boolean opensArray, boolean closesArray, int batchChars,
            int batchEntries, JsonPieces pieces) {
        JsonEntries batch = new JsonEntries(opensArray);
        for (Map<String, Integer> counts : slice) {
            if (batch.isFull(batchChars, batchEntries)) {
                run(batch, false, pieces);
            }
            if (counts == null) {
                batch.nullMap();
                continue;
            }
            batch.startMap();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String key = String.valueOf(e.getKey());
                Integer count = e.getValue();
                if (!batch.fits(key.length(), batchChars, batchEntries)) {
                    run(batch, false, pieces);
                }
                batch.add(key, count);
            }
            batch.endMap();
        }
        run(batch, closesArray, pieces);
    }

    /** Sends the batch to the kernel, keeps its output in {@code pieces} and empties the batch. */
    private static void run(JsonEntries batch, boolean last, JsonPieces pieces) {
        long[] out = new long[2];
        Pointer json;
        try (NativeBlock block = batch.toNative()) {
            json = Binding.json_serialize(block.pointer(), block.size(), batch.charCount, batch.entryCount, batch.nullCount,
                    batch.segmentCount, batch.flags(last), out);
        }
        if (json == null) {
            throw new IllegalStateException("Native kernel " + KERNEL_ID + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(out[0]));
        }
        pieces.add(json, out);
        batch.clear();
    }

    static void free(Pointer buffer, long length) {
        Binding.oxidizer_free_buffer(buffer, length);
    }

    /** JNA direct mapping: static natives bound once, ~80 ns per call instead of ~250 ns through a proxy. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native Pointer json_serialize(Pointer block, long blockLength, int charCount, int entryCount,
                int nullCount, int segmentCount, int flags, long[] out);

        static native void oxidizer_free_buffer(Pointer buffer, long length);
    }
}
