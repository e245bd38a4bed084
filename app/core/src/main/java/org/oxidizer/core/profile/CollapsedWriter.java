package org.oxidizer.core.profile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a profile back as collapsed stacks, the format every flame-graph tool reads. */
public final class CollapsedWriter {

    private CollapsedWriter() {
    }

    public static void write(Profile profile, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int s = 0; s < profile.stacks().size(); s++) {
                line.setLength(0);
                int[] stack = profile.stacks().get(s);
                for (int i = 0; i < stack.length; i++) {
                    line.append(i == 0 ? "" : ";").append(profile.frame(stack[i]));
                }
                out.append(line).append(' ').append(Long.toString(profile.counts()[s])).append('\n');
            }
        }
    }
}
