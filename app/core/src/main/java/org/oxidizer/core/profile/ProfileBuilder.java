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
    private final Map<StackKey, Integer> stackIds = new HashMap<>();
    private final List<int[]> stacks = new ArrayList<>();
    private final GrowingLongs counts = new GrowingLongs();
    private long total;

    ProfileBuilder(String source) {
        this.source = source;
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
        StackKey key = new StackKey(stack);
        Integer known = stackIds.get(key);
        if (known == null) {
            stackIds.put(key, stacks.size());
            stacks.add(stack);
            counts.append(count);
        } else {
            counts.add(known, count);
        }
        total += count;
    }

    Profile build() {
        return new Profile(source, frames, stacks, counts.toArray(), total);
    }

    private record StackKey(int[] frames) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StackKey k && Arrays.equals(frames, k.frames);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(frames);
        }
    }
}
