package org.oxidizer.core.profile;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads async-profiler's collapsed stacks ({@code frame;frame;frame count} per line, root first).
 * Java frames arrive as {@code org/acme/Foo.bar}; they are shown as {@code org.acme.Foo.bar}.
 * Works on bytes, eight at a time: a frame becomes a String only the first time it appears.
 */
public final class CollapsedStacksImporter {

    private static final int BUFFER = 1 << 20;
    private static final long NEWLINES = ByteWords.pattern('\n');

    private final int bufferSize;

    public CollapsedStacksImporter() {
        this(BUFFER);
    }

    /** For tests: a small buffer puts lines and frames across reads and lines past the buffer's end. */
    CollapsedStacksImporter(int bufferSize) {
        this.bufferSize = bufferSize;
    }

    public Profile read(Path file) throws IOException, ProfileFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public Profile read(String source, BufferedReader in) throws IOException, ProfileFormatException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            text.append(chunk, 0, n);
        }
        return read(source, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public Profile read(String source, InputStream in) throws IOException, ProfileFormatException {
        ProfileBuilder profile = new ProfileBuilder(source);
        RawFrameTable frames = new RawFrameTable();
        byte[] buf = new byte[bufferSize + ByteWords.PADDING];    // words may be read past the data
        int len = 0;
        int pos = 0;
        int scanned = 0;        // no '\n' in buf[pos, scanned)
        int lineNo = 0;
        boolean eof = false;
        while (true) {
            int nl = ByteWords.indexOf(buf, scanned, len, NEWLINES);
            if (nl < 0) {
                if (eof) {
                    if (pos < len) {
                        line(source, ++lineNo, buf, pos, len, frames, profile);
                    }
                    return profile.build();
                }
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
                pos = 0;
                scanned = len;
                if (len == buf.length - ByteWords.PADDING) {
                    buf = Arrays.copyOf(buf, 2 * len + ByteWords.PADDING);     // a line longer than the buffer
                }
                int read = in.read(buf, len, buf.length - ByteWords.PADDING - len);
                if (read < 0) {
                    eof = true;
                } else {
                    len += read;
                }
                continue;
            }
            line(source, ++lineNo, buf, pos, nl, frames, profile);
            pos = nl + 1;
            scanned = pos;
        }
    }

    private static void line(String source, int lineNo, byte[] b, int from, int to, RawFrameTable frames,
                             ProfileBuilder profile) throws ProfileFormatException {
        while (to > from && (b[to - 1] == '\r' || b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        if (to == from) {
            return;
        }
        int space = to - 1;
        while (space >= from && b[space] != ' ') {
            space--;
        }
        long count = space <= from ? -1 : parseCount(b, space + 1, to);
        if (count < 0) {
            String line = new String(b, from, to - from, StandardCharsets.UTF_8);
            throw new ProfileFormatException(source + " line " + lineNo
                + ": expected 'frame;frame;... count', found '" + abbreviate(line) + "'");
        }
        int depth = frames.split(b, from, space, profile);
        profile.add(frames.ids(), depth, count);
    }

    private static long parseCount(byte[] b, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
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
