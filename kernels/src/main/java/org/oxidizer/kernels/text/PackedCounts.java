package org.oxidizer.kernels.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads the kernel's packed output in place into HashMaps that share one String per distinct word of a
 * chunk, so each key's hash is computed once and reused by every merge, and one Integer per small value
 * (as {@code Integer.valueOf} already shares -128..127): fewer objects to allocate, trace and copy, and
 * equal to the reference's by {@code equals}; chunks decode in parallel.
 *
 * <p>Layout (native-endian ints): {@code textCount, chunkCount, chunkStarts[chunkCount]}, then per chunk
 * {@code textCount, wordCount, wordBytes, wordEnds[wordCount]}, the ASCII word bytes padded to 4, and per
 * text {@code entryCount, (wordId, value) * entryCount} in order of first match, {@code entryCount}'s sign
 * bit set when the text's last match added a word.
 */
final class PackedCounts {

    /** Boxes of {@code 0..1023}, log counts being mostly small; below 128 the JDK's own cached ones. */
    private static final Integer[] SMALL_VALUES = new Integer[1024];

    static {
        for (int i = 0; i < SMALL_VALUES.length; i++) {
            SMALL_VALUES[i] = Integer.valueOf(i);
        }
    }

    private final ByteBuffer bytes;
    private final IntBuffer ints;

    private PackedCounts(ByteBuffer packed) {
        bytes = packed.order(ByteOrder.nativeOrder());
        ints = bytes.asIntBuffer();
    }

    /** Appends one map per text of {@code packed} to {@code result}, in text order. */
    static void decodeInto(ByteBuffer packed, int expectedTexts, boolean parallel, List<Map<String, Integer>> result) {
        PackedCounts counts = new PackedCounts(packed);
        int textCount = counts.ints.get(0);
        int chunkCount = counts.ints.get(1);
        if (textCount != expectedTexts) {
            throw new IllegalStateException("Kernel returned " + textCount + " texts for " + expectedTexts);
        }
        int[] firstText = new int[chunkCount + 1];
        for (int c = 0; c < chunkCount; c++) {
            firstText[c + 1] = firstText[c] + counts.ints.get(counts.chunkStart(c));
        }
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] maps = new Map[textCount];
        if (parallel) {
            IntStream.range(0, chunkCount).parallel().forEach(c -> counts.decodeChunk(c, maps, firstText[c]));
        } else {
            for (int c = 0; c < chunkCount; c++) {
                counts.decodeChunk(c, maps, firstText[c]);
            }
        }
        result.addAll(Arrays.asList(maps));
    }

    private int chunkStart(int chunk) {
        return ints.get(2 + chunk);
    }

    private void decodeChunk(int chunk, Map<String, Integer>[] maps, int firstText) {
        int at = chunkStart(chunk);
        int chunkTexts = ints.get(at++);
        int wordCount = ints.get(at++);
        int wordBytes = ints.get(at++);
        String[] words = readWords(at, wordCount, wordBytes);
        at += wordCount + ((wordBytes + 3) >>> 2);
        int end = chunk + 1 < ints.get(1) ? chunkStart(chunk + 1) : ints.limit();
        for (int t = 0; t < chunkTexts; t++) {
            int header = ints.get(at++);
            int entries = header & Integer.MAX_VALUE;
            int keysBeforeLastMatch = header < 0 ? entries - 1 : entries;
            // Up to 12 keys the reference's own default map (16 bins) is built, and built most cheaply.
            HashMap<String, Integer> counts = keysBeforeLastMatch <= 12
                    ? new HashMap<>() : new HashMap<>(referenceCapacity(keysBeforeLastMatch));
            // merge(), like the reference, links new keys at the head of their bin (put() at the tail).
            for (int e = 0; e < entries; e++, at += 2) {
                counts.merge(words[ints.get(at)], box(ints.get(at + 1)), Integer::sum);
            }
            maps[firstText + t] = counts;
        }
        if (at != end) {
            throw new IllegalStateException("Kernel chunk " + chunk + " ends at int " + at + ", expected " + end);
        }
    }

    private static Integer box(int value) {
        return value >= 0 && value < SMALL_VALUES.length ? SMALL_VALUES[value] : Integer.valueOf(value);
    }

    /** Keys are ASCII, so ISO-8859-1 decoding is exact and yields compact one-byte-per-char Strings. */
    private String[] readWords(int endsAt, int wordCount, int wordBytes) {
        byte[] ascii = new byte[wordBytes];
        ByteBuffer view = bytes.duplicate();
        view.position((endsAt + wordCount) * Integer.BYTES);
        view.get(ascii);
        String[] words = new String[wordCount];
        int start = 0;
        for (int i = 0; i < wordCount; i++) {
            int end = ints.get(endsAt + i);
            words[i] = new String(ascii, start, end - start, StandardCharsets.ISO_8859_1);
            start = end;
        }
        return words;
    }

    /**
     * The table size of the reference's default HashMap: {@code merge} resizes before linking, once its
     * size exceeds 3/4 of the table, so the size before the last match decides. Starting at that size,
     * the same keys merged in the same order give the same bins, hence the same iteration order, which
     * callers may rely on without knowing it.
     */
    private static int referenceCapacity(int keysBeforeLastMatch) {
        int capacity = 16;
        while (keysBeforeLastMatch > capacity / 4 * 3) {
            capacity <<= 1;
        }
        return capacity;
    }
}
