package org.oxidizer.core.profile;

import java.util.List;

/**
 * A sampled profile: distinct stacks (root first) with their sample counts, frames interned in one
 * table so that a million samples over a few thousand frames stay small.
 *
 * @param source human-readable origin (a file name, "before run")
 */
public record Profile(String source, List<String> frames, List<int[]> stacks, long[] counts, long totalSamples) {

    public Profile {
        frames = List.copyOf(frames);
        stacks = List.copyOf(stacks);
        counts = counts.clone();
    }

    public static Profile empty(String source) {
        return new Profile(source, List.of(), List.of(), new long[0], 0);
    }

    public String frame(int id) {
        return frames.get(id);
    }

    /** Importers put the sampled thread at the root of each stack as {@code [name tid=N]}. */
    public static boolean isThreadFrame(String frame) {
        return frame.startsWith("[") && frame.endsWith("]") && frame.contains(" tid=");
    }
}
