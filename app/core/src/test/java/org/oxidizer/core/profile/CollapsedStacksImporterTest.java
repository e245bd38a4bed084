package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollapsedStacksImporterTest {

    private static Profile read(String text) throws Exception {
        return new CollapsedStacksImporter().read("test.collapsed", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsStacksCountsAndJavaFrameNames() throws Exception {
        Profile p = read("java/lang/Thread.run;org/acme/Work.hot;__memcpy_avx 30\n"
            + "java/lang/Thread.run;org/acme/Work.hot 10\n\n"
            + "java/lang/Thread.run;org/acme/Work.hot;__memcpy_avx 5\n");
        assertEquals(45, p.totalSamples());
        assertEquals(2, p.stacks().size(), "identical stacks are merged");
        assertEquals(List.of("java.lang.Thread.run", "org.acme.Work.hot", "__memcpy_avx"), p.frames());
    }

    @Test
    void keepsNativeFramesAndPathsAsTheyAre() {
        assertEquals("/usr/lib/libc.so.6", CollapsedStacksImporter.displayName("/usr/lib/libc.so.6"));
        assertEquals("[unknown]", CollapsedStacksImporter.displayName("[unknown]"));
        assertEquals("clear_page_erms_[k]", CollapsedStacksImporter.displayName("clear_page_erms_[k]"));
    }

    @Test
    void malformedLineNamesFileAndLine() {
        ProfileFormatException e = assertThrows(ProfileFormatException.class,
            () -> read("a;b 3\na;b;c three\n"));
        assertTrue(e.getMessage().startsWith("test.collapsed line 2:"), e.getMessage());
        assertThrows(ProfileFormatException.class, () -> read("no-count-here\n"));
        assertThrows(ProfileFormatException.class, () -> read("a;b -4\n"));
    }

    @Test
    void emptyFileIsAnEmptyProfile(@TempDir Path dir) throws IOException, ProfileFormatException {
        Path empty = Files.writeString(dir.resolve("empty.collapsed"), "");
        Profile p = new CollapsedStacksImporter().read(empty);
        assertEquals(0, p.totalSamples());
        assertTrue(HotMethods.bySelf(p).isEmpty());
    }

    @Test
    void deepStacksWork() throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            line.append(i == 0 ? "" : ";").append("f").append(i % 100);
        }
        Profile p = read(line + " 7\n");
        assertEquals(10_000, p.stacks().get(0).length);
        assertEquals(100, p.frames().size());
        assertEquals(7, HotMethods.byTotal(p).get(0).totalSamples(), "a recursive frame counts once per stack");
    }
}
