package org.oxidizer.kernels.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Replays the pattern kernel's packed matches as the reference's {@code Map.merge} calls, in match order on a
 * default HashMap, so maps, null keys and iteration order come out as Java's; chunks decode in parallel.
 *
 * <p>Layout (native-endian ints): {@code textCount, chunkCount, chunkStarts[chunkCount]}, then per chunk
 * {@code textCount, stringCount, stringBytes, stringEnds[stringCount]}, the UTF-8 strings padded to 4, and
 * per text {@code matchCount, (key, value) * matchCount}: {@code key >>> 1} is 0 for a null group 1, else
 * its string id + 1; with {@code key & 1} set, {@code value} is the string id of a group 2 that Java parses.
 */
final class PatternMatches {

    private final ByteBuffer bytes;
    private final IntBuffer ints;

    private PatternMatches(ByteBuffer packed) {
        bytes = packed.order(ByteOrder.nativeOrder());
        ints = bytes.asIntBuffer();
    }

    /** One map per text of {@code packed}, in text order. */
    static Map<String, Integer>[] decode(ByteBuffer packed, int expectedTexts, boolean parallel) {
        PatternMatches matches = new PatternMatches(packed);
        int textCount = matches.ints.get(0);
        int chunkCount = matches.ints.get(1);
        if (textCount != expectedTexts) {
            throw new IllegalStateException("Kernel returned " + textCount + " texts for " + expectedTexts);
        }
        int[] firstText = new int[chunkCount + 1];
        for (int c = 0; c < chunkCount; c++) {
            firstText[c + 1] = firstText[c] + matches.ints.get(matches.chunkStart(c));
        }
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] maps = new Map[textCount];
        IntStream chunks = IntStream.range(0, chunkCount);
        (parallel ? chunks.parallel() : chunks).forEach(c -> matches.decodeChunk(c, maps, firstText[c]));
        return maps;
    }

    private int chunkStart(int chunk) {
        return ints.get(2 + chunk);
    }

    private void decodeChunk(int chunk, Map<String, Integer>[] maps, int firstText) {
        int at = chunkStart(chunk);
        int chunkTexts = ints.get(at++);
        int stringCount = ints.get(at++);
        int stringBytes = ints.get(at++);
        String[] strings = readStrings(at, stringCount, stringBytes);
        at += stringCount + ((stringBytes + 3) >>> 2);
        for (int t = 0; t < chunkTexts; t++) {
            int matchCount = ints.get(at++);
            Map<String, Integer> counts = new HashMap<>();
            for (int m = 0; m < matchCount; m++, at += 2) {
                int key = ints.get(at);
                int value = ints.get(at + 1);
                int n = (key & 1) == 0 ? value : parseIntOrZero(strings[value]);
                counts.merge((key >>> 1) == 0 ? null : strings[(key >>> 1) - 1], n, Integer::sum);
            }
            maps[firstText + t] = counts;
        }
        int end = chunk + 1 < ints.get(1) ? chunkStart(chunk + 1) : ints.limit();
        if (at != end) {
            throw new IllegalStateException("Kernel chunk " + chunk + " ends at int " + at + ", expected " + end);
        }
    }

    /** What the reference does with a group 2 holding non-ASCII characters: the JVM's own digit rules decide. */
    private static int parseIntOrZero(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String[] readStrings(int endsAt, int count, int byteCount) {
        byte[] utf8 = new byte[byteCount];
        ByteBuffer view = bytes.duplicate();
        view.position((endsAt + count) * Integer.BYTES);
        view.get(utf8);
        String[] strings = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = ints.get(endsAt + i);
            strings[i] = new String(utf8, start, end - start, StandardCharsets.UTF_8);
            start = end;
        }
        return strings;
    }
}
