package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain kernel totals a file exactly as the Java chain does (read lines, per-text sums, long totals): on files made
 * of the pieces where UTF-16 regex and UTF-8 bytes could part ways, with every line ending Java's readLine knows, on
 * files large enough to be split over the worker pool, and it refuses what Java's reading refuses.
 */
class DailyTotalsOfFileKernelTest {

    @Property(tries = 300)
    void sameAsTheJavaChainOnRichFiles(@ForAll("files") List<String> lines) throws IOException {
        Path file = Files.createTempFile("oxidizer-totals", ".log");
        try {
            Files.write(file, String.join("", lines).getBytes(StandardCharsets.UTF_8));
            assertEquals(DailyTotalsOfFileReference.ofFile(file), DailyTotalsOfFileKernel.ofFile(file));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<String>> files() {
        return RichTexts.texts(12).list().ofMaxSize(8);
    }

    @Test
    void aFileSplitOverTheWorkersGivesJavasTotals(@TempDir Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String[] words = {"user", "latency", "a_1", "用户", "x9", "z"};
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_000_000) {
            for (int p = random.nextInt(6); p >= 0; p--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "\t" : " ")
                    .append(random.nextInt(50) == 0 ? "2147483647" : Integer.toString(random.nextInt(1000))).append(' ');
            }
            text.append(ends[random.nextInt(ends.length)]);
        }
        Path file = dir.resolve("part-0000.log");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Map<String, Long> kernel = DailyTotalsOfFileKernel.ofFile(file);
        assertEquals(DailyTotalsOfFileReference.ofFile(file), kernel);
        assertTrue(kernel.size() >= 5, "words found: " + kernel.keySet());
        Files.write(file, new byte[0]);
        assertEquals(Map.of(), DailyTotalsOfFileKernel.ofFile(file));
    }

    @Test
    void whatJavaCannotReadTheKernelDoesNotTotal(@TempDir Path dir) throws IOException {
        Path malformed = dir.resolve("malformed.log");
        Files.write(malformed, new byte[] {'a', ' ', '1', '\n', (byte) 0xC3, '(', ' ', 'b', ' ', '2'});
        assertThrows(MalformedInputException.class, () -> DailyTotalsOfFileReference.ofFile(malformed));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DailyTotalsOfFileKernel.ofFile(malformed));
        assertTrue(refused.getMessage().endsWith("the file is not valid UTF-8 (error -10)"), refused.getMessage());

        Path missing = dir.resolve("missing.log");
        assertThrows(NoSuchFileException.class, () -> DailyTotalsOfFileReference.ofFile(missing));
        refused = assertThrows(IllegalStateException.class, () -> DailyTotalsOfFileKernel.ofFile(missing));
        assertTrue(refused.getMessage().endsWith("the file could not be read (error -9)"), refused.getMessage());
    }

    @Test
    void theCatalogBindsItToTheSamplesChainOnly() {
        DailyTotalsOfFile kernel = new DailyTotalsOfFile();
        assertTrue(kernel.shapes().get(0).admits("org.oxidizer.samples.textagg.DailyTotals", "ofFile"));
        assertTrue(!kernel.shapes().get(0).admits("com.acme.Files", "ofFile"), "other methods of these types compute something else");
        var bound = kernel.bind(DailyTotalsOfFile.DESCRIPTOR, Map.of());
        bound.warmUp();
        assertThrows(UncheckedIOException.class, () -> bound.reference(new Object[] {Path.of("/nonexistent/x.log")}));
    }
}
