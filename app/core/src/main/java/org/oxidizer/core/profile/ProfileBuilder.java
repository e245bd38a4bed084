package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns frames and merges identical stacks while an importer reads; every importer ends here. */
final class ProfileBuilder {

    private final String source;
    private final Map<String, Integer> frameIds = new HashMap<>();
    private final List<String> frames = new ArrayList<>();
    private final List<int[]> stacks = new ArrayList<>();
    private final GrowingLongs counts = new GrowingLongs();
    /** Open addressing over the stacks: the hash's low half, then the stack's index + 1; 0 is empty. */
    private long[] slots = new long[1 << 12];
    private long total;

    private final Profile.Unit unit;

    ProfileBuilder(String source) {
        this(source, Profile.Unit.SAMPLES);
    }

    ProfileBuilder(String source, Profile.Unit unit) {
        this.source = source;
        this.unit = unit;
    }

    String frameName(int id) {
        return frames.get(id);
    }

    int frame(String name) {
        Integer id = frameIds.get(name);
        if (id == null) {
            id = frames.size();
            frames.add(name);
            frameIds.put(name, id);
        }
        return id;
    }

    /** Adds samples for a stack of frame ids, root first; the array is kept, so pass a fresh one. */
    void add(int[] stack, long count) {
        add(stack, stack.length, count, true);
    }

    /** {@link #add(int[], long)}, returning the stack's index in the built profile's stacks. */
    int addAt(int[] stack, long count) {
        return add(stack, stack.length, count, true);
    }

    /** Adds samples for the stack {@code frames[0, depth)}; the array is copied if the stack is new. */
    void add(int[] frames, int depth, long count) {
        add(frames, depth, count, false);
    }

    private int add(int[] frames, int depth, long count, boolean keep) {
        int h = hash(frames, depth);
        int mask = slots.length - 1;
        int index;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) {
                stacks.add(keep ? frames : Arrays.copyOf(frames, depth));
                counts.append(count);
                slots[s] = (long) h << 32 | stacks.size();
                index = stacks.size() - 1;
                if (2 * stacks.size() > slots.length) {
                    rehash();
                }
                break;
            }
            if ((int) (slot >>> 32) == h) {
                int known = (int) slot - 1;
                int[] stack = stacks.get(known);
                if (Arrays.equals(stack, 0, stack.length, frames, 0, depth)) {
                    counts.add(known, count);
                    index = known;
                    break;
                }
            }
        }
        total += count;
        return index;
    }

    Profile build() {
        return new Profile(source, frames, stacks, counts.toArray(), total, unit);
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int s = (int) (slot >>> 32) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = slot;
            }
        }
    }

    private static int hash(int[] frames, int depth) {
        long h = depth;
        for (int i = 0; i < depth; i++) {
            h = (h + frames[i]) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 32;
        h *= 0xD6E8FEB86659FD93L;
        return (int) (h ^ (h >>> 32));
    }
}
