package org.oxidizer.core.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads async-profiler's collapsed stacks ({@code frame;frame;frame count} per line, root first).
 * Java frames arrive as {@code org/acme/Foo.bar}; they are shown as {@code org.acme.Foo.bar}.
 */
public final class CollapsedStacksImporter {

    public Profile read(Path file) throws IOException, ProfileFormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public Profile read(String source, BufferedReader in) throws IOException, ProfileFormatException {
        Map<String, Integer> frameIds = new HashMap<>();
        List<String> frames = new ArrayList<>();
        Map<String, Integer> stackIds = new HashMap<>();
        List<int[]> stacks = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long count;
            try {
                count = space < 1 ? -1 : Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 0) {
                throw new ProfileFormatException(source + " line " + lineNo
                    + ": expected 'frame;frame;... count', found '" + abbreviate(line) + "'");
            }
            String stackText = line.substring(0, space);
            Integer known = stackIds.get(stackText);
            if (known != null) {
                counts.set(known, counts.get(known) + count);
            } else {
                String[] names = stackText.split(";", -1);
                int[] stack = new int[names.length];
                for (int i = 0; i < names.length; i++) {
                    String name = displayName(names[i]);
                    stack[i] = frameIds.computeIfAbsent(name, k -> {
                        frames.add(k);
                        return frames.size() - 1;
                    });
                }
                stackIds.put(stackText, stacks.size());
                stacks.add(stack);
                counts.add(count);
            }
            total += count;
        }
        long[] countArray = counts.stream().mapToLong(Long::longValue).toArray();
        return new Profile(source, frames, stacks, countArray, total);
    }

    /** Java frames use '/' between packages; native symbols and [markers] are left as they are. */
    static String displayName(String frame) {
        if (frame.indexOf('/') > 0 && frame.indexOf(' ') < 0 && !frame.startsWith("[")) {
            return frame.replace('/', '.');
        }
        return frame;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
