package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.samples.textagg.CorpusCache;
import org.oxidizer.samples.textagg.CorpusGenerator;

/**
 * The headline's corpus on disk: made once, reused while intact, made again (saying why) when missing, cut short or
 * changed, and never left half-written; its lines are the generator's, in order.
 */
class CorpusCacheTest {

    private static final int TEXTS = 120_000;

    @Test
    void madeOnceThenReusedWhileIntact(@TempDir Path root) throws IOException {
        CorpusCache.Corpus made = CorpusCache.ensure(root, TEXTS, 7);
        assertTrue(made.rebuilt());
        assertEquals("there was none", made.why());
        assertEquals(20, made.files().size(), "a small corpus comes in 20 files (6,000 lines each)");
        CorpusCache.Corpus again = CorpusCache.ensure(root, TEXTS, 7);
        assertFalse(again.rebuilt(), "an intact corpus is reused");
        assertEquals(made.files(), again.files());
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(made.dir()), left.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void theLinesAreTheGeneratorsInOrder(@TempDir Path root) throws IOException {
        CorpusCache.Corpus c = CorpusCache.ensure(root, TEXTS, 7);
        List<String> expected = new CorpusGenerator(7).next(TEXTS);
        List<String> read = new ArrayList<>();
        for (Path file : c.files()) {
            read.addAll(Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(TEXTS, read.size());
        for (int i = 0; i < TEXTS; i++) {
            String want = new String(expected.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);     // what UTF-8 can hold of it: a lone surrogate is '?'
            assertEquals(want, read.get(i), "line " + i);
        }
    }

    @Test
    void aDamagedCorpusIsMadeAgainSayingWhy(@TempDir Path root) throws IOException {
        CorpusCache.Corpus c = CorpusCache.ensure(root, TEXTS, 7);
        try (RandomAccessFile f = new RandomAccessFile(c.files().get(1).toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        CorpusCache.Corpus cut = CorpusCache.ensure(root, TEXTS, 7);
        assertTrue(cut.rebuilt() && cut.why().startsWith("part-0001.log has ") && cut.why().endsWith("(cut short or changed)"),
            cut.why());
        try (RandomAccessFile f = new RandomAccessFile(c.files().get(2).toFile(), "rw")) {
            f.seek(100);
            int b = f.read();
            f.seek(100);
            f.write(b ^ 1);
        }
        CorpusCache.Corpus changed = CorpusCache.ensure(root, TEXTS, 7);
        assertEquals("part-0002.log does not match its checksum", changed.why());
        Files.delete(c.dir().resolve("MANIFEST"));
        assertEquals("its MANIFEST is missing", CorpusCache.ensure(root, TEXTS, 7).why());
        Files.delete(c.files().get(0));
        assertEquals("part-0000.log is missing", CorpusCache.ensure(root, TEXTS, 7).why());
        assertFalse(CorpusCache.ensure(root, TEXTS, 7).rebuilt());
    }

    @Test
    void aCorpusThatCannotBeWrittenSaysSoInOneSentenceAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        IOException e = assertThrows(IOException.class, () -> CorpusCache.ensure(blocked.resolve("corpus"), 1000, 7));
        assertTrue(e.getMessage().startsWith("could not write the corpus to " + blocked.resolve("corpus") + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(blocked), left.toList());
        }
    }
}
