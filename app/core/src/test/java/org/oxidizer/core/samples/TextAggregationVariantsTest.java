package org.oxidizer.core.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.samples.textagg.CorpusGenerator;
import org.oxidizer.samples.textagg.DailyTotals;
import org.oxidizer.samples.textagg.TextAggregation;

/** The hand-written scanner (the best Java, the demo's third column) gives the regex version's answers exactly. */
class TextAggregationVariantsTest {

    @Test
    void theScannerAgreesWithTheRegexOnTheCorpus() {
        List<String> texts = new CorpusGenerator(42).next(50_000);
        assertEquals(TextAggregation.extractAndAggregate(texts), TextAggregation.extractAndAggregateScanned(texts));
    }

    @Test
    void theScannerAgreesWithTheRegexOnTextsMadeToBreakIt() {
        String[] pieces = {"a", "Z", "_", "7", "0", "12", "99999999999", "2147483647", "2147483648", "007", " ", "  ", "\t",
            "\n", "\u000B", "\f", "\r", "\u00A0", "\u3000", "，", "用户", "é", "\uD83D\uDE80", "\uD800", "\uDC00", "x1", "-", ";",
            "١٢", "１２"};
        SplittableRandom r = new SplittableRandom(17);
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add("abc 12x 5");
        texts.add("a 12 34 b\t\t7");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder t = new StringBuilder();
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                t.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(t.toString());
        }
        assertEquals(TextAggregation.extractAndAggregate(texts), TextAggregation.extractAndAggregateScanned(texts));
    }

    /** The chain's best Java (a scan of the file's bytes) against the first Java's chain, file by file. */
    @Test
    void theFileScannerAgreesWithTheJavaChain(@TempDir Path dir) throws IOException {
        String[] pieces = {"a", "Z", "_", "7", "0", "12", "99999999999", "2147483647", "2147483648", "007", " ", "  ", "\t",
            "\n", "\r\n", "\u000B", "\f", "\r", "\u00A0", "\u3000", "，", "用户", "é", "\uD83D\uDE80", "x1", "-", ";",
            "١٢", "１２", "k 2147483647 k 1"};
        SplittableRandom r = new SplittableRandom(23);
        for (int file = 0; file < 40; file++) {
            StringBuilder t = new StringBuilder();
            for (int k = r.nextInt(4_000); k > 0; k--) {
                t.append(pieces[r.nextInt(pieces.length)]);
            }
            Path f = Files.writeString(dir.resolve("f" + file + ".log"), t, StandardCharsets.UTF_8);
            assertEquals(DailyTotals.ofFile(f), DailyTotals.ofFileScanned(f), "file " + file);
        }
        Path corpus = Files.write(dir.resolve("corpus.log"),    // as CorpusCache writes it: a lone surrogate becomes '?'
            (String.join("\n", new CorpusGenerator(42).next(20_000)) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(DailyTotals.ofFile(corpus), DailyTotals.ofFileScanned(corpus));
        Path malformed = Files.write(dir.resolve("bad.log"), new byte[] {'a', ' ', '1', '\n', (byte) 0xE4, (byte) 0xB8, ' ', '2'});
        assertThrows(MalformedInputException.class, () -> DailyTotals.ofFile(malformed));
        assertThrows(MalformedInputException.class, () -> DailyTotals.ofFileScanned(malformed));
    }
}
