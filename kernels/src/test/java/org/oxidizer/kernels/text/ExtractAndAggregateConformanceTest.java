package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The kernel must return exactly what the Java method returns, on varied input and under concurrency. */
class ExtractAndAggregateConformanceTest {

    @Test
    void matchesReferenceOnGeneratedLines() {
        List<String> lines = new LogLines(20240611L).lines(20_000);
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(lines);
        assertSameMapsInSameOrder(lines, expected, ExtractAndAggregateKernel.extractAndAggregate(lines));
        assertTrue(expected.stream().mapToInt(Map::size).sum() > 50_000, "the generator must produce many pairs");
    }

    /** Equal maps, and beyond equals() the same iteration order, which callers that print a map see. */
    private static void assertSameMapsInSameOrder(List<String> texts, List<Map<String, Integer>> expected,
            List<Map<String, Integer>> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            assertEquals(expected.get(i), actual.get(i), () -> "text " + at + ": " + texts.get(at));
            assertEquals(new ArrayList<>(expected.get(i).keySet()), new ArrayList<>(actual.get(i).keySet()),
                    () -> "key order of text " + at + ": " + texts.get(at));
        }
    }

    @Test
    void matchesReferenceLineByLine() {
        for (String line : new LogLines(7L).lines(2_000)) {
            List<String> one = List.of(line);
            assertEquals(ExtractAndAggregateReference.extractAndAggregate(one),
                    ExtractAndAggregateKernel.extractAndAggregate(one), line);
        }
    }

    @Test
    void matchesReferenceAcrossManySmallBatches() {
        List<String> lines = new LogLines(31L).lines(3_000);
        assertSameMapsInSameOrder(lines, ExtractAndAggregateReference.extractAndAggregate(lines),
                ExtractAndAggregateKernel.extractAndAggregate(lines, 4_096));
    }

    @Test
    void matchesReferenceOnAFiveMegabyteText() {
        LogLines generator = new LogLines(99L);
        StringBuilder text = new StringBuilder(5_300_000);
        while (text.length() < 5_000_000) {
            text.append(generator.line()).append('\n');
        }
        List<String> texts = List.of("before 1", text.toString(), "after 2");
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(texts);
        assertSameMapsInSameOrder(texts, expected, ExtractAndAggregateKernel.extractAndAggregate(texts));
        assertTrue(expected.get(1).size() > 1_000);
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnResults() throws Exception {
        List<List<String>> inputs = new ArrayList<>();
        List<List<Map<String, Integer>>> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> lines = new LogLines(1_000L + i).lines(500 + 700 * i);
            inputs.add(lines);
            expected.add(ExtractAndAggregateReference.extractAndAggregate(lines));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int input = i;
                results.add(pool.submit(() -> {
                    boolean same = true;
                    for (int call = 0; call < 6; call++) {
                        int pick = (input + call) % inputs.size();
                        same &= expected.get(pick).equals(ExtractAndAggregateKernel.extractAndAggregate(inputs.get(pick)));
                    }
                    return same;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
