package org.oxidizer.core.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        ProfileBuilder profile = new ProfileBuilder(source);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            long count = space < 1 ? -1 : parseCount(line, space + 1);
            if (count < 0) {
                throw new ProfileFormatException(source + " line " + lineNo
                    + ": expected 'frame;frame;... count', found '" + abbreviate(line) + "'");
            }
            String[] names = line.substring(0, space).split(";", -1);
            int[] stack = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                stack[i] = profile.frame(displayName(names[i]));
            }
            profile.add(stack, count);
        }
        return profile.build();
    }

    private static long parseCount(String line, int from) {
        long value = 0;
        int end = line.length();
        while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (from >= end || end - from > 18) {
            return -1;
        }
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
