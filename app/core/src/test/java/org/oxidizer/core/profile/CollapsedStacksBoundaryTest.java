package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The importer reads bytes a word at a time through a fixed buffer; these inputs put frames, multi-byte
 * characters and whole lines across its reads and past its end, and check against a plain String reading.
 */
class CollapsedStacksBoundaryTest {

    private static final String[] FRAMES = {
        "java/lang/Thread.run", "java.lang.Thread.run", "org/acme/Work.hot", "[main tid=12]", "[a/b tid=3]",
        "<std::thread::Thread>::new", "__memcpy_avx", "clear_page_erms_[k]", "/usr/lib/libc.so.6", "日本/語.メソッド",
        "émoji😀/x.y", "a b c", "x\ty", "", "12345678", "abcdefghabcdefgh", "a/b c", "Ünïcödé/Clâss.méthod",
    };

    private static Profile read(String text, int bufferSize, int maxRead) throws IOException, ProfileFormatException {
        return new CollapsedStacksImporter(bufferSize).read("t.collapsed", trickle(text, maxRead));
    }

    /** A stream that hands out at most {@code maxRead} bytes per read, like a pipe or a socket. */
    private static InputStream trickle(String text, int maxRead) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, maxRead));
            }
        };
    }

    @Test
    void frameSpanningReadBoundary() throws Exception {
        String text = "java/lang/Thread.run;org/acme/Work.hot 3\norg/acme/Work.hot;java/lang/Thread.run 4\n";
        for (int size = 1; size <= 24; size++) {
            for (int maxRead : new int[] {1, 3, 7, 64}) {
                Profile p = read(text, size, maxRead);
                assertEquals(List.of("java.lang.Thread.run", "org.acme.Work.hot"), p.frames(), "buffer " + size);
                assertArrayEquals(new int[] {0, 1}, p.stacks().get(0));
                assertArrayEquals(new int[] {1, 0}, p.stacks().get(1));
                assertEquals(7, p.totalSamples());
            }
        }
    }

    @Test
    void lineLongerThanBuffer() throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            line.append(i == 0 ? "" : ";").append("com/acme/Frame").append(i % 37).append(".run");
        }
        Profile p = read(line + " 9\n" + line + " 1", 16, 5);
        assertEquals(1, p.stacks().size());
        assertEquals(500, p.stacks().get(0).length);
        assertEquals(37, p.frames().size());
        assertEquals("com.acme.Frame0.run", p.frame(p.stacks().get(0)[0]));
        assertEquals(10, p.totalSamples());
    }

    @Test
    void multiByteFramesCutByReads() throws Exception {
        String text = "日本/語.メソッド;émoji😀/x.y;[スレッド tid=7] 2\r\n";
        for (int maxRead = 1; maxRead <= 9; maxRead++) {
            Profile p = read(text, 8, maxRead);
            assertEquals(List.of("日本.語.メソッド", "émoji😀.x.y", "[スレッド tid=7]"), p.frames());
        }
    }

    @Test
    void slashAndDotSpellingsOfOneFrameShareAnId() throws Exception {
        Profile p = read("org/acme/Work.hot;org.acme.Work.hot 1\norg.acme.Work.hot 2\norg/acme/Work.hot 3\n", 1 << 10, 64);
        assertEquals(List.of("org.acme.Work.hot"), p.frames());
        assertArrayEquals(new int[] {0, 0}, p.stacks().get(0));
        assertArrayEquals(new int[] {0}, p.stacks().get(1));
        assertEquals(5, p.counts()[1], "both spellings of the one-frame stack merge");
    }

    @Test
    void emptyFramesBlankLinesAndTrailingBlanks() throws Exception {
        Profile p = read("\n  \t\r\n;a;;b; 4 \t\r\n\na 1\t", 8, 3);
        assertEquals(List.of("", "a", "b"), p.frames());
        assertArrayEquals(new int[] {0, 1, 0, 2, 0}, p.stacks().get(0));
        assertArrayEquals(new int[] {1}, p.stacks().get(1));
        assertEquals(5, p.totalSamples());
    }

    @Test
    void malformedLineIsReportedWhole() {
        String frames = "x".repeat(100);
        ProfileFormatException e = assertThrows(ProfileFormatException.class,
            () -> read("a 1\r\n\n" + frames + ";y -3 \r\n", 8, 5));
        assertEquals("t.collapsed line 3: expected 'frame;frame;... count', found '" + "x".repeat(77) + "...'", e.getMessage());
        assertThrows(ProfileFormatException.class, () -> read("a;b 1234567890123456789\n", 8, 5), "more than 18 digits");
        assertThrows(ProfileFormatException.class, () -> read(" 5\n", 8, 5), "no frames before the count");
        assertThrows(ProfileFormatException.class, () -> read("a;b 5x\n", 8, 5));
    }

    @Test
    void randomInputsReadAsAPlainStringReadingDoes() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            String text = randomProfile(random);
            Profile expected = plainReading(text);
            int size = 1 + random.nextInt(64);
            Profile actual = read(text, size, 1 + random.nextInt(100));
            assertEquals(expected.frames(), actual.frames(), text);
            assertEquals(expected.stacks().size(), actual.stacks().size(), text);
            for (int s = 0; s < expected.stacks().size(); s++) {
                assertArrayEquals(expected.stacks().get(s), actual.stacks().get(s), text);
            }
            assertArrayEquals(expected.counts(), actual.counts(), text);
            assertEquals(expected.totalSamples(), actual.totalSamples());
        }
    }

    private static String randomProfile(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(30);
        for (int l = 0; l < lines; l++) {
            int depth = random.nextInt(10) == 0 ? random.nextInt(200) : random.nextInt(12);
            for (int d = 0; d <= depth; d++) {
                String frame = random.nextInt(4) == 0 ? "f" + random.nextInt(9) : FRAMES[random.nextInt(FRAMES.length)];
                text.append(d == 0 ? "" : ";").append(d == 0 && frame.isEmpty() ? "root" : frame);    // " 5" has no frames
            }
            text.append(random.nextBoolean() ? " " : "  ").append(random.nextInt(1000));
            text.append(random.nextInt(5) == 0 ? " \t" : "").append(random.nextBoolean() ? "\n" : "\r\n");
            if (random.nextInt(8) == 0) {
                text.append("\n");
            }
        }
        return text.toString();
    }

    /** The format as its description reads, one String at a time: the reference the byte reader must match. */
    private static Profile plainReading(String text) {
        ProfileBuilder builder = new ProfileBuilder("t.collapsed");
        for (String line : text.split("\n")) {
            String trimmed = line.replaceAll("[\r \t]+$", "");
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.lastIndexOf(' ');
            String[] frames = trimmed.substring(0, space).split(";", -1);
            int[] stack = new int[frames.length];
            for (int i = 0; i < frames.length; i++) {
                stack[i] = builder.frame(CollapsedStacksImporter.displayName(frames[i]));
            }
            builder.add(stack, Long.parseLong(trimmed.substring(space + 1)));
        }
        return builder.build();
    }
}
