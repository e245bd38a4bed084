package org.oxidizer.kernels.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;

/** The kernel must return exactly the Java method's rows, on any lines and under concurrency. */
class CleanLogLinesConformanceTest {

    @Property(tries = 300)
    void sameRowsAsJavaForAnyLines(@ForAll("lines") List<String> lines) {
        List<String> expected = CleanLogLinesReference.cleanLogLines(lines);
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines));
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines, 40, 2));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
            Arbitraries.of(RawLogLines.PIECES),
            Arbitraries.strings().withChars(" \t\n\r\u000B\f\u0085\u2028\u2029\u00A0\u3000\"\\@.:=/-_[]Zz09aA用😀")
                .withCharRange('\uD800', '\uDFFF').withCharRange('\u0000', '\u0020').ofMaxLength(8),
            Arbitraries.strings().all().ofMaxLength(6));
        Arbitrary<String> messages = pieces.list().ofMaxSize(10).map(p -> String.join("", p));
        Arbitrary<String> lines = Arbitraries.of(RawLogLines.PREFIXES).flatMap(prefix -> messages.map(m -> prefix + m));
        return Arbitraries.oneOf(lines, lines, pieces).list().ofMaxSize(30);
    }

    @Test
    void sameRowsOnGeneratedLines() {
        List<String> lines = new RawLogLines(20261123L).lines(30_000);
        List<String> expected = CleanLogLinesReference.cleanLogLines(lines);
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines));
        assertTrue(expected.size() > 10_000 && expected.size() < 29_000, "records and dropped lines: " + expected.size());
        assertTrue(expected.stream().filter(CleanLogLinesConformanceTest::hasLoneSurrogate).count() > 100,
            "many rows must come from the Java fallback for lone surrogates");
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sameRowsWhenSplitIntoManyBatches() {
        List<String> lines = new RawLogLines(5L).lines(3_000);
        List<String> expected = CleanLogLinesReference.cleanLogLines(lines);
        for (int chars : new int[] {1, 100, 10_000}) {
            for (int perBatch : new int[] {1, 7, 1_000}) {
                assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines, chars, perBatch), chars + "/" + perBatch);
            }
        }
    }

    @Test
    void sameRowsForAThreeMegabyteLine() {
        RawLogLines generator = new RawLogLines(99L);
        StringBuilder message = new StringBuilder("2026-11-14T08:15:30Z INFO [big] ");
        while (message.length() < 3_000_000) {
            message.append(generator.line().replaceAll("[\\n\\r\\u0085\\u2028\\u2029]|[\\uD800-\\uDFFF]", " ")).append(' ');
        }
        List<String> lines = List.of("2026-11-14T08:15:30Z INFO before", message.toString(), "after");
        List<String> expected = CleanLogLinesReference.cleanLogLines(lines);
        assertEquals(2, expected.size());
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines));
        assertEquals(expected, CleanLogLinesKernel.cleanLogLines(lines, 1 << 20, 1 << 10));
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnRows() throws Exception {
        List<List<String>> inputs = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> lines = new RawLogLines(1_000L + i).lines(10 + 30 * i);
            inputs.add(lines);
            expected.add(CleanLogLinesReference.cleanLogLines(lines));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                mismatches.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int call = 0; call < 200; call++) {
                        int pick = (thread + call) % inputs.size();
                        wrong += expected.get(pick).equals(CleanLogLinesKernel.cleanLogLines(inputs.get(pick))) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> wrong : mismatches) {
                assertEquals(0, wrong.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noNativeMemoryLeaks() {
        // A record, a dropped line and a line the Java reference cleans: every path of the kernel.
        List<String> lines = List.of("2026-11-14T08:15:30Z INFO [a] user=u latency=5ms http://x a@b.co", "junk",
            "\uD800");
        NativeMemory.assertNoLeak("clean_log_lines", 100_000, () -> CleanLogLinesKernel.cleanLogLines(lines));
    }
}
