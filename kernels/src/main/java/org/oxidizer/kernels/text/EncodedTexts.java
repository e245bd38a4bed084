package org.oxidizer.kernels.text;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

/** A batch of texts laid out as the kernel reads them: one UTF-8 buffer in native memory plus n + 1 offsets. */
final class EncodedTexts implements AutoCloseable {

    /** UTF-8 never needs more than 3 bytes per UTF-16 char (a surrogate pair takes 4 for 2 chars). */
    static final int MAX_BYTES_PER_CHAR = 3;

    /** Texts per parallel encoding or copying task. */
    private static final int SLICE = 4096;

    private final Memory memory;
    private final int[] offsets;

    /** Encodes {@code texts[from..to)} (non-null, UTF-8 within int range), in parallel when asked. */
    EncodedTexts(String[] texts, int from, int to, boolean parallel) {
        byte[][] encoded = new byte[to - from][];
        int slices = (encoded.length + SLICE - 1) / SLICE;
        // UTF-8 is exact here: matches are pure ASCII and no other character encodes to ASCII bytes.
        slices(slices, parallel).forEach(s -> {
            for (int i = s * SLICE, end = Math.min(encoded.length, i + SLICE); i < end; i++) {
                encoded[i] = texts[from + i].getBytes(StandardCharsets.UTF_8);
            }
        });
        offsets = new int[encoded.length + 1];
        for (int i = 0; i < encoded.length; i++) {
            offsets[i + 1] = Math.addExact(offsets[i], encoded[i].length);
        }
        // An exact size lets malloc reuse freed blocks; an upper bound would map fresh pages every call.
        memory = new Memory(Math.max(1, byteCount()));
        slices(slices, parallel).forEach(s -> {
            int first = s * SLICE;
            int end = Math.min(encoded.length, first + SLICE);
            ByteBuffer view = memory.getByteBuffer(offsets[first], offsets[end] - offsets[first]);
            for (int i = first; i < end; i++) {
                view.put(encoded[i]);
            }
        });
    }

    private static IntStream slices(int count, boolean parallel) {
        IntStream slices = IntStream.range(0, count);
        return parallel ? slices.parallel() : slices;
    }

    Memory data() {
        return memory;
    }

    int size() {
        return offsets.length - 1;
    }

    int byteCount() {
        return offsets[offsets.length - 1];
    }

    /** Offsets of each text in the buffer, the end of the last one at index {@code size()}. */
    int[] offsets() {
        return offsets;
    }

    @Override
    public void close() {
        memory.close();
    }
}
