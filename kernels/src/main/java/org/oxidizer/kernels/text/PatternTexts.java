package org.oxidizer.kernels.text;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A batch of texts as the pattern kernel reads them: one UTF-8 buffer in native memory plus n + 1 offsets.
 * A text with an unpaired surrogate, which UTF-8 cannot carry, goes in empty and is listed for Java.
 */
final class PatternTexts implements AutoCloseable {

    /** Texts per parallel encoding or copying task. */
    private static final int SLICE = 4096;

    private static final byte[] LEFT_TO_JAVA = new byte[0];

    private final Memory memory;
    private final int[] offsets;
    private final int[] javaOnly;

    /** Encodes {@code texts[from..to)}; a null text throws NullPointerException, like the Java loop. */
    PatternTexts(String[] texts, int from, int to, boolean parallel) {
        byte[][] encoded = new byte[to - from][];
        int slices = (encoded.length + SLICE - 1) / SLICE;
        slices(slices, parallel).forEach(s -> {
            for (int i = s * SLICE, end = Math.min(encoded.length, i + SLICE); i < end; i++) {
                String text = texts[from + i];
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                // UTF-8 writes an unpaired surrogate as '?': only texts with a '?' need the slower char scan.
                encoded[i] = hasQuestionMark(utf8) && hasUnpairedSurrogate(text) ? LEFT_TO_JAVA : utf8;
            }
        });
        offsets = new int[encoded.length + 1];
        int[] leftToJava = new int[encoded.length];
        int leftCount = 0;
        for (int i = 0; i < encoded.length; i++) {
            offsets[i + 1] = Math.addExact(offsets[i], encoded[i].length);
            if (encoded[i] == LEFT_TO_JAVA) {
                leftToJava[leftCount++] = i;
            }
        }
        javaOnly = Arrays.copyOf(leftToJava, leftCount);
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

    /** Whether UTF-8 would replace part of {@code text} with '?', so the kernel would see other text than Java. */
    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static boolean hasQuestionMark(byte[] utf8) {
        for (byte b : utf8) {
            if (b == '?') {
                return true;
            }
        }
        return false;
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

    int[] offsets() {
        return offsets;
    }

    /** Indexes (within the batch) of the texts the Java reference must compute. */
    int[] javaOnly() {
        return javaOnly;
    }

    @Override
    public void close() {
        memory.close();
    }
}
