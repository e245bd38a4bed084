package org.oxidizer.kernels.json;

import java.nio.IntBuffer;
import java.util.Arrays;
import org.oxidizer.kernels.NativeBlock;

/**
 * One batch of maps flattened the way the kernel reads them: the keys' UTF-16 chars back to back, per entry
 * its key's end and its value, the entries whose value is null, per map its entry count ({@code -1} for a
 * null map). A map may start in one batch and go on in the next; the flags tell the kernel so.
 */
final class JsonEntries {

    /** The batch opens the JSON array. Flag values are the kernel's ({@code json.rs}). */
    static final int FIRST = 1;
    static final int LAST = 2;
    static final int CONTINUES = 4;
    static final int CONTINUES_AFTER_ENTRY = 8;
    static final int OPEN_END = 16;
    static final int NULL_MAP = -1;

    /** Chars copied to native memory per step, so a view's byte size stays within int range. */
    private static final int COPY_CHARS = 1 << 28;

    char[] chars = new char[256];
    int charCount;
    int[] keyEnds = new int[32];
    int[] values = new int[32];
    int entryCount;
    int[] nullValues = new int[4];
    int nullCount;
    int[] segments = new int[8];
    int segmentCount;
    private int flags;
    private boolean mapOpen;
    /** Entries of the open map so far, across batches. */
    private int mapEntries;

    /** @param opensArray whether the first map of this batch is the first of the JSON array */
    JsonEntries(boolean opensArray) {
        flags = opensArray ? FIRST : 0;
    }

    void nullMap() {
        addSegment(NULL_MAP);
        mapOpen = false;
    }

    void startMap() {
        addSegment(0);
        mapOpen = true;
        mapEntries = 0;
    }

    void endMap() {
        mapOpen = false;
    }

    void add(String key, Integer count) {
        int length = key.length();
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * chars.length, (long) charCount + length)));
        }
        if (entryCount == keyEnds.length) {
            keyEnds = Arrays.copyOf(keyEnds, 2 * entryCount);
            values = Arrays.copyOf(values, 2 * entryCount);
        }
        key.getChars(0, length, chars, charCount);
        charCount += length;
        keyEnds[entryCount] = charCount;
        if (count == null) {
            if (nullCount == nullValues.length) {
                nullValues = Arrays.copyOf(nullValues, 2 * nullCount);
            }
            nullValues[nullCount++] = entryCount;
        } else {
            values[entryCount] = count;
        }
        entryCount++;
        segments[segmentCount - 1]++;
        mapEntries++;
    }

    private void addSegment(int size) {
        if (segmentCount == segments.length) {
            segments = Arrays.copyOf(segments, 2 * segmentCount);
        }
        segments[segmentCount++] = size;
    }

    /**
     * The batch as the kernel reads it, in one block: the chars, padding to 4 bytes, then the int arrays.
     * JNA would copy each array argument in and back out again; views copy each once.
     */
    NativeBlock toNative() {
        long intsAt = (2L * charCount + 3) & ~3L;
        long intBytes = 4L * (2L * entryCount + nullCount + segmentCount);
        NativeBlock block = new NativeBlock(Math.max(4, intsAt + intBytes));
        for (int from = 0; from < charCount; from += COPY_CHARS) {
            int n = Math.min(COPY_CHARS, charCount - from);
            block.view(2L * from, 2L * n).asCharBuffer().put(chars, from, n);
        }
        if (intBytes > 0) {
            IntBuffer ints = block.view(intsAt, intBytes).asIntBuffer();
            ints.put(keyEnds, 0, entryCount).put(values, 0, entryCount).put(nullValues, 0, nullCount)
                .put(segments, 0, segmentCount);
        }
        return block;
    }

    /** Whether an entry with a key of {@code keyLength} chars still fits (a first entry always does). */
    boolean fits(int keyLength, int maxChars, int maxEntries) {
        return entryCount == 0 || (charCount + (long) keyLength <= maxChars && entryCount < maxEntries);
    }

    /** Whether the batch should be sent before the next map starts. */
    boolean isFull(int maxChars, int maxEntries) {
        return charCount >= maxChars || entryCount >= maxEntries || segmentCount >= maxEntries;
    }

    /** The flags of this batch if it is sent now, as the last one or not. */
    int flags(boolean last) {
        return flags | (last ? LAST : 0) | (mapOpen ? OPEN_END : 0);
    }

    /** Empties the batch after it was sent; a map still open goes on in the next batch. */
    void clear() {
        charCount = 0;
        entryCount = 0;
        nullCount = 0;
        segmentCount = 0;
        flags = 0;
        if (mapOpen) {
            flags = CONTINUES | (mapEntries > 0 ? CONTINUES_AFTER_ENTRY : 0);
            addSegment(0);
        }
    }
}
