package org.oxidizer.kernels.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/** The kernel's text must equal the Java method's, char for char, on any maps and under concurrency. */
class JsonSerializeConformanceTest {

    @Property(tries = 200)
    void sameTextAsJavaForAnyMaps(@ForAll("results") List<Map<String, Integer>> results) {
        String expected = JsonSerializeReference.toJson(results);
        assertEquals(expected, JsonSerializeKernel.toJson(results));
        // Tiny batches split maps between native calls; one map per slice walks slices in parallel.
        assertEquals(expected, JsonSerializeKernel.toJson(results, 5, 3, 1));
        assertEquals(expected, JsonSerializeKernel.toJson(results, 1, 1, 2));
    }

    @Provide
    Arbitrary<List<Map<String, Integer>>> results() {
        Arbitrary<String> keys = Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().ofMaxLength(12),
            Arbitraries.strings().withChars("\"\\/\n\r\t\b\f\u0000\u001F\u007F\u0085\u00A0ÿĀ用😀\u2028\u2029")
                .withCharRange('\uD800', '\uDFFF').withCharRange('\u0000', '\u0020').ofMaxLength(10),
            Arbitraries.strings().all().ofMaxLength(6),
            Arbitraries.of(JsonMaps.ODD_KEYS));
        Arbitrary<Integer> values = Arbitraries.oneOf(Arbitraries.integers(),
            Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 9, 10, -10, 1_000_000_000)).injectNull(0.05);
        Arbitrary<Map<String, Integer>> hashMaps = Arbitraries.maps(keys.injectNull(0.02), values).ofMaxSize(14);
        Arbitrary<Map<String, Integer>> maps = Arbitraries.oneOf(hashMaps,
            hashMaps.map(m -> {
                Map<String, Integer> linked = new LinkedHashMap<>();
                m.forEach((k, v) -> linked.put(k == null ? "null!" : k, v));
                return linked;
            }),
            Arbitraries.maps(keys, values).ofMaxSize(14).map(TreeMap::new));
        return maps.injectNull(0.05).list().ofMaxSize(40);
    }

    @Test
    void sameTextOnGeneratedResults() {
        List<Map<String, Integer>> results = new JsonMaps(20261123L).maps(30_000);
        String expected = JsonSerializeReference.toJson(results);
        assertEquals(expected, JsonSerializeKernel.toJson(results));
        assertEquals(expected, JsonSerializeKernel.toJson(results, 1000, 100, 64));
        assertTrue(expected.length() > 1_000_000, "the generator must produce a large text");
    }

    @Test
    void sameTextWhenSplitIntoManyBatchesAndSlices() {
        List<Map<String, Integer>> results = new JsonMaps(5L).maps(1_500);
        String expected = JsonSerializeReference.toJson(results);
        for (int chars : new int[] {1, 64, 4096}) {
            for (int entries : new int[] {3, 50}) {
                assertEquals(expected, JsonSerializeKernel.toJson(results, chars, entries, 100), chars + "/" + entries);
            }
        }
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnText() throws Exception {
        List<List<Map<String, Integer>>> inputs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<Map<String, Integer>> results = new JsonMaps(100L + i).maps(20 + 50 * i);
            inputs.add(results);
            expected.add(JsonSerializeReference.toJson(results));
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
                        wrong += expected.get(pick).equals(JsonSerializeKernel.toJson(inputs.get(pick))) ? 0 : 1;
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
        List<Map<String, Integer>> results = List.of(Map.of("a", 1, "b\"", -2), Map.of(), Map.of("用户", 3));
        NativeMemory.assertNoLeak("json_serialize", 100_000, () -> JsonSerializeKernel.toJson(results));
    }
}
