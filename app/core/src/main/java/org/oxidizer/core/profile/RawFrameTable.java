package org.oxidizer.core.profile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Frame ids by their raw UTF-8 bytes, so the collapsed importer turns a frame into a String only the
 * first time it sees it: real profiles repeat a few thousand frames millions of times.
 */
final class RawFrameTable {

    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] ids = new int[1024];
    private int entries;
    private int[] slots = new int[4096];     // entry index + 1; 0 = empty

    /** The builder's frame id for {@code bytes[from, to)}, interning it on first sight. */
    int frameId(byte[] bytes, int from, int to, ProfileBuilder builder) {
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                int id = builder.frame(CollapsedStacksImporter.displayName(new String(bytes, from, to - from, StandardCharsets.UTF_8)));
                insert(i, bytes, from, to, id);
                return id;
            }
            int e = slot - 1;
            if (lengths[e] == to - from && Arrays.equals(pool, starts[e], starts[e] + lengths[e], bytes, from, to)) {
                return ids[e];
            }
        }
    }

    private void insert(int slot, byte[] bytes, int from, int to, int id) {
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        if (entries == starts.length) {
            starts = Arrays.copyOf(starts, entries * 2);
            lengths = Arrays.copyOf(lengths, entries * 2);
            ids = Arrays.copyOf(ids, entries * 2);
        }
        starts[entries] = poolSize;
        lengths[entries] = length;
        ids[entries] = id;
        poolSize += length;
        slots[slot] = ++entries;
        if (2 * entries > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < entries; e++) {
            int i = hash(pool, starts[e], starts[e] + lengths[e]) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = e + 1;
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
