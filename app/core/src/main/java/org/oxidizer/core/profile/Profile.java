package org.oxidizer.core.profile;

import java.util.List;

/**
 * A sampled profile: distinct stacks (root first) with their sample counts, frames interned in one
 * table so that a million samples over a few thousand frames stay small.
 *
 * @param source human-readable origin (a file name, "before run")
 * @param unit   what {@code counts} weigh: samples, or bytes (a native-memory profile)
 */
public record Profile(String source, List<String> frames, List<int[]> stacks, long[] counts, long totalSamples, Unit unit) {

    /** What a profile's counts are. */
    public enum Unit {
        SAMPLES("samples"), BYTES("bytes");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        /** "samples", "bytes". */
        public String word() {
            return word;
        }
    }

    public Profile {
        frames = List.copyOf(frames);
        stacks = List.copyOf(stacks);
        counts = counts.clone();
        unit = unit == null ? Unit.SAMPLES : unit;
    }

    /** A profile of samples. */
    public Profile(String source, List<String> frames, List<int[]> stacks, long[] counts, long totalSamples) {
        this(source, frames, stacks, counts, totalSamples, Unit.SAMPLES);
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
