package org.oxidizer.core.profile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Frame ids by their raw UTF-8 bytes, so the collapsed importer turns a frame into a String only the
 * first time it sees it: real profiles repeat a few thousand frames millions of times. Finding a frame's
 * end, hashing it and comparing it go a word (8 bytes) at a time, and a probe reads one slot and one
 * record, both in flat long arrays, so a lookup costs about two cache lines.
 */
final class RawFrameTable {

    private static final long SEMICOLONS = ByteWords.pattern(';');
    private static final long SEED = 0x2545F4914F6CDD1DL;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /** Per slot: the hash's high half, then the offset of the frame's record; 0 is an empty slot. */
    private long[] slots = new long[1 << 12];
    /** Per frame: its hash, its length and id, then its bytes as words, the last one zero-padded. */
    private long[] records = new long[1 << 14];
    private int recordsSize = 1;        // offset 0 is never a record, so that no full slot is 0
    private int entries;
    /** Per frame of the line being split. */
    private int[] ids = new int[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private long[] hashes = new long[256];
    private long[] found = new long[256];
    /** Keeps the JIT from dropping {@link #prefetch}'s loads. */
    private long sink;

    /**
     * Splits {@code bytes[from, limit)} on ';' and interns every frame, the new ones on first sight;
     * returns how many frames there are, with their builder ids in {@link #ids()}. {@code bytes} must
     * have {@link ByteWords#PADDING} readable bytes past {@code limit}.
     */
    int split(byte[] bytes, int from, int limit, ProfileBuilder builder) {
        int n = 0;
        int start = from;
        while (true) {
            if (n == ids.length) {
                grow();
            }
            int end = scan(bytes, start, limit, n);
            n++;
            if (end == limit) {
                break;
            }
            start = end + 1;
        }
        prefetch(n);
        for (int k = 0; k < n; k++) {
            ids[k] = frameId(bytes, starts[k], ends[k], hashes[k], builder);
        }
        return n;
    }

    /** The ids of the frames of the last {@link #split}, root first. */
    int[] ids() {
        return ids;
    }

    /** Finds the end of the frame at {@code from} (a ';' or the limit) and hashes it, a word at a time. */
    private int scan(byte[] bytes, int from, int limit, int k) {
        long h = SEED;
        int i = from;
        while (true) {
            long w = ByteWords.word(bytes, i);
            long m = ByteWords.matches(w, SEMICOLONS);
            int e = Math.min(m == 0 ? i + Long.BYTES : i + ByteWords.firstByte(m), limit);
            if (e - i < Long.BYTES) {
                starts[k] = from;
                ends[k] = e;
                hashes[k] = finish(h, ByteWords.head(w, e - i), e - from);
                return e;
            }
            h = mix(h, w);
            i += Long.BYTES;
        }
    }

    /**
     * Loads the slot and the record every frame of the line will probe, before probing: the loads do not
     * depend on each other, so their cache misses overlap instead of coming one frame at a time.
     */
    private void prefetch(int n) {
        long[] slots = this.slots;
        int mask = slots.length - 1;
        for (int k = 0; k < n; k++) {
            found[k] = slots[(int) hashes[k] & mask];
        }
        long touched = 0;
        int last = recordsSize - 1;
        for (int k = 0; k < n; k++) {
            long slot = found[k];
            if (slot != 0 && (int) (slot >>> 32) == (int) (hashes[k] >>> 32)) {
                int r = (int) slot;
                touched ^= records[r] ^ records[Math.min(r + 7, last)];
            }
        }
        sink = touched;
    }

    private int frameId(byte[] bytes, int from, int end, long h, ProfileBuilder builder) {
        int length = end - from;
        int tag = (int) (h >>> 32);
        int mask = slots.length - 1;
        for (int s = (int) h & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) {
                return insert(s, h, bytes, from, length, builder);
            }
            if ((int) (slot >>> 32) == tag) {
                int r = (int) slot;
                long header = records[r + 1];
                if (records[r] == h && (int) (header >>> 32) == length && sameBytes(r + 2, bytes, from, length)) {
                    return (int) header;
                }
            }
        }
    }

    private void grow() {
        int size = ids.length * 2;
        ids = Arrays.copyOf(ids, size);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        hashes = Arrays.copyOf(hashes, size);
        found = Arrays.copyOf(found, size);
    }

    private boolean sameBytes(int r, byte[] bytes, int from, int length) {
        int full = length >>> 3;
        for (int k = 0; k < full; k++) {
            if (records[r + k] != ByteWords.word(bytes, from + (k << 3))) {
                return false;
            }
        }
        int tail = length & 7;
        return tail == 0 || records[r + full] == ByteWords.head(ByteWords.word(bytes, from + (full << 3)), tail);
    }

    private int insert(int s, long h, byte[] bytes, int from, int length, ProfileBuilder builder) {
        int id = builder.frame(CollapsedStacksImporter.displayName(new String(bytes, from, length, StandardCharsets.UTF_8)));
        int words = (length + 7) >>> 3;
        if (recordsSize + 2 + words > records.length) {
            records = Arrays.copyOf(records, Math.max(records.length * 2, recordsSize + 2 + words));
        }
        int r = recordsSize;
        records[r] = h;
        records[r + 1] = (long) length << 32 | id;
        for (int k = 0; k < words; k++) {
            int n = Math.min(length - (k << 3), Long.BYTES);
            long w = ByteWords.word(bytes, from + (k << 3));
            records[r + 2 + k] = n == Long.BYTES ? w : ByteWords.head(w, n);
        }
        recordsSize += 2 + words;
        slots[s] = (h >>> 32) << 32 | r;
        if (2 * ++entries > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int s = (int) records[(int) slot] & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = slot;
            }
        }
    }

    private static long mix(long h, long word) {
        return (Long.rotateLeft(h, 23) ^ word) * MULTIPLIER;
    }

    /** Folds in the partial last word and the length, then spreads every input bit over the whole hash. */
    private static long finish(long h, long last, int length) {
        h = mix(h, last) ^ length;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
