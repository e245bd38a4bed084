package org.oxidizer.kernels.text;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A batch of texts laid out as the kernel reads them: their UTF-16 chars back to back in native memory,
 * then n + 1 int char offsets. Java's own chars need no encoding, and the pattern's ASCII classes read the
 * same on UTF-16 units as on code points, so lone surrogates pass through unchanged.
 */
final class EncodedTexts implements AutoCloseable {

    static final int BYTES_PER_CHAR = Character.BYTES;

    /** Texts per parallel task. */
    private static final int SLICE = 4096;

    /** Chars staged per bulk copy: small enough to stay in the core's cache. */
    private static final int STAGE = 8192;

    /** Plain malloc'd memory, freed by {@link #close()}: JNA's Memory adds a cleaner and buffer bookkeeping per call. */
    private final Pointer memory;
    private final int size;
    private final int charCount;
    /** Where the n + 1 int offsets follow the chars, in the same block: JNA would copy an int[] in and back out. */
    private final long offsetsAt;

    /**
     * Running char totals: element {@code i} is the length of {@code texts[0..i)}. Reading a String's
     * length touches two objects, so large inputs split this pass too.
     *
     * @param texts Strings, in an Object[] because a typed copy of the caller's list checks every element's
     *     class in one serial pass, a cache miss per text; the casts here cost nothing extra
     * @throws NullPointerException if a text is null, before any native memory is taken
     */
    static long[] charEnds(Object[] texts, boolean parallel) {
        long[] ends = new long[texts.length + 1];
        int slices = (texts.length + SLICE - 1) / SLICE;
        forEachSlice(slices, parallel, s -> {
            long sum = 0;
            for (int i = s * SLICE, end = Math.min(texts.length, i + SLICE); i < end; i++) {
                sum += ((String) texts[i]).length();
                ends[i + 1] = sum;
            }
        });
        for (int s = 1; s < slices; s++) {
            long base = ends[s * SLICE];
            for (int i = s * SLICE + 1, last = Math.min(texts.length, s * SLICE + SLICE); i <= last; i++) {
                ends[i] += base;
            }
        }
        return ends;
    }

    /**
     * Lays out {@code texts[from..to)}, whose running totals are {@code ends} (at most
     * {@code Integer.MAX_VALUE} chars in all), in parallel when asked.
     */
    EncodedTexts(Object[] texts, long[] ends, int from, int to, boolean parallel) {
        size = to - from;
        charCount = Math.toIntExact(ends[to] - ends[from]);
        offsetsAt = ((long) BYTES_PER_CHAR * charCount + 3) & ~3L;
        long peer = Native.malloc(offsetsAt + Integer.BYTES * (size + 1L));
        if (peer == 0) {
            throw new OutOfMemoryError("Cannot allocate " + (offsetsAt + Integer.BYTES * (size + 1L)) + " bytes of native memory");
        }
        memory = new Pointer(peer);
        try {
            memory.setInt(offsetsAt, 0);
            forEachSlice((size + SLICE - 1) / SLICE, parallel,
                    s -> copy(texts, ends, from, s * SLICE, Math.min(size, s * SLICE + SLICE)));
        } catch (RuntimeException | Error e) {
            Native.free(peer);
            throw e;
        }
    }

    private static void forEachSlice(int count, boolean parallel, IntConsumer task) {
        if (parallel) {
            IntStream.range(0, count).parallel().forEach(task);
        } else {
            for (int s = 0; s < count; s++) {
                task.accept(s);
            }
        }
    }

    /** Writes the offsets of texts {@code first..end} of the batch, and copies their chars through a small staging array. */
    private void copy(Object[] texts, long[] ends, int from, int first, int end) {
        long base = ends[from];
        IntBuffer offsets = memory.getByteBuffer(offsetsAt + Integer.BYTES * (first + 1L), Integer.BYTES * (long) (end - first))
                .order(ByteOrder.nativeOrder()).asIntBuffer();
        for (int i = first; i < end; i++) {
            offsets.put((int) (ends[from + i + 1] - base));
        }
        long chars = ends[from + end] - ends[from + first];
        if (chars == 0) {
            return;
        }
        CharBuffer target = memory.getByteBuffer(BYTES_PER_CHAR * (ends[from + first] - base), BYTES_PER_CHAR * chars)
                .order(ByteOrder.nativeOrder()).asCharBuffer();
        char[] stage = new char[(int) Math.min(STAGE, chars)];
        int staged = 0;
        for (int i = first; i < end; i++) {
            String text = (String) texts[from + i];
            for (int at = 0, length = text.length(); at < length; ) {
                int n = Math.min(length - at, stage.length - staged);
                text.getChars(at, at + n, stage, staged);
                at += n;
                staged += n;
                if (staged == stage.length) {
                    target.put(stage, 0, staged);
                    staged = 0;
                }
            }
        }
        target.put(stage, 0, staged);
    }

    Pointer data() {
        return memory;
    }

    int size() {
        return size;
    }

    int charCount() {
        return charCount;
    }

    /** Char offsets of each text in {@link #data()}, the end of the last one at index {@code size()}. */
    Pointer offsets() {
        return memory.share(offsetsAt);
    }

    @Override
    public void close() {
        Native.free(Pointer.nativeValue(memory));
    }
}
