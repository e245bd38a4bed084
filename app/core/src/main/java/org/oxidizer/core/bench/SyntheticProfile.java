package org.oxidizer.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large collapsed-stacks file with a chosen number of samples and distinct frames, shaped
 * like a real service (a few deep, shared trunks; many leaves), for parser and call-tree benchmarks.
 */
public final class SyntheticProfile {

    private SyntheticProfile() {
    }

    /** @return the number of distinct stacks written */
    public static int write(Path file, long samples, int frames, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[frames];
        for (int i = 0; i < frames; i++) {
            names[i] = "com/acme/service" + (i % 97) + "/Component" + (i / 97) + ".operation" + (i % 13);
        }
        int stacks = (int) Math.min(samples, Math.max(1, frames * 4L));
        long left = samples;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(2048);
            for (int s = 0; s < stacks; s++) {
                line.setLength(0);
                int depth = 12 + random.nextInt(30);
                int trunk = random.nextInt(8);
                for (int d = 0; d < depth; d++) {
                    // shallow frames come from a small shared set, deep ones from the whole vocabulary
                    int f = d < 6 ? (trunk * 6 + d) % frames : random.nextInt(frames);
                    if (d == depth - 1 && s < frames) {
                        f = s;      // every frame appears at least once
                    }
                    line.append(d == 0 ? "" : ";").append(names[f]);
                }
                long count = s == stacks - 1 ? left : Math.max(1, Math.min(left - (stacks - s - 1), 1 + random.nextLong(2 * samples / stacks)));
                left -= count;
                out.append(line).append(' ').append(Long.toString(count)).append('\n');
            }
        }
        return stacks;
    }
}
