package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxidizer.kernels.text.PatternPairsConformanceTest.assertSameAsJava;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Hand-picked cases of the general kernel: Java's null groups, parseInt, surrogates, batches, threads, leaks. */
class PatternPairsKernelTest {

    private static List<Map<String, Integer>> run(String pattern, String... texts) {
        List<String> list = Arrays.asList(texts);
        List<Map<String, Integer>> actual = PatternPairsConformanceTest.kernel(pattern).extractAndAggregate(list);
        assertSameAsJava(pattern, list, actual);
        return actual;
    }

    @Test
    void aGroupThatTakesNoPartGivesANullKeyOrZero() {
        Map<String, Integer> expected = new HashMap<>();
        expected.put("a", 1);
        expected.put(null, 2);
        expected.put("b", 0);
        assertEquals(List.of(expected), run("(?:(\\w+)=|#)(\\d+)?;", "a=1; #; b=; #2;"));
    }

    /** parseInt reads chars: Unicode digits count, a non-BMP digit (two surrogates) does not. */
    @Test
    void numbersAreReadLikeIntegerParseIntWithItsUnicodeDigits() {
        Map<String, Integer> expected = new HashMap<>();
        String[] keys = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
        int[] values = {5, 0, 12, 3, Integer.MIN_VALUE, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < keys.length; i++) {
            expected.put(keys[i], values[i]);
        }
        assertEquals(List.of(expected), run("([a-z])=([^,]*)",
            "a=+5,b=-0,c=１２,d=٣,e=-2147483648,f=2147483648,g=,h=+,i=1 2,j=１x,k=-\uD835\uDFD5"));
    }

    @Test
    void sumsWrapLikeJavaInt() {
        assertEquals(List.of(Map.of("a", Integer.MIN_VALUE, "b", -2)),
            run("([a-z]+)=(-?\\d+)", "a=2147483647 a=1 b=-2147483648 b=2147483646"));
    }

    @Test
    void textsWithUnpairedSurrogatesGoToJavaAndAreCounted() {
        PatternPairsKernel kernel = PatternPairsKernel.forPattern("(.)=(\\d)");
        List<String> texts = List.of("\uD800=1 x=2", "😀=3 \uDC00=4", "ok=5", "\uDBFF\uDFFF=6", "a\uD800");
        assertSameAsJava("(.)=(\\d)", texts, kernel.extractAndAggregate(texts));
        assertEquals(3, kernel.javaFallbackTexts());
        assertEquals(Map.of("\uD800", 1, "x", 2), kernel.extractAndAggregate(texts).get(0));
    }

    @Test
    void theCompiledMatcherTakesLoneSurrogatesAtEveryPositionWithoutJava() {
        for (String pattern : new String[] {"([a-z]+)=(\\d+)", ".([a-z]+)=[^,]*,(\\d+)", "(\\w+):\\s*(\\d{1,3})"}) {
            PatternPairsKernel kernel = PatternPairsKernel.forPattern(pattern);
            assertTrue(kernel.compiled(), pattern);
            String base = "ab=12 😀,3 cd:  45,x=6😀";
            List<String> texts = new ArrayList<>();
            for (int at = 0; at <= base.length(); at++) {
                for (String lone : new String[] {"\uD800", "\uDC00", "\uDBFF"}) {
                    texts.add(base.substring(0, at) + lone + base.substring(at));
                }
            }
            assertSameAsJava(pattern, texts, kernel.extractAndAggregate(texts));
            // Past the parallel threshold the batch splits into chunks; texts ending in a lone half sit at their edges.
            List<String> many = new ArrayList<>();
            while (many.size() < 40_000) {
                many.addAll(texts);
            }
            assertSameAsJava(pattern, many, kernel.extractAndAggregate(many));
            assertEquals(0, kernel.javaFallbackTexts(), "the compiled matcher reads UTF-16 as Java does: " + pattern);
        }
    }

    @Test
    void theBindingSaysWhichEngineRunsThePattern() {
        ExtractAndAggregate kernel = new ExtractAndAggregate();
        assertEquals("hand-written scanner", kernel.bind(ExtractAndAggregate.DESCRIPTOR,
            Map.of("pattern", ExtractAndAggregate.DEFAULT_PATTERN)).engine());
        assertEquals("compiled one-pass matcher",
            kernel.bind(ExtractAndAggregate.DESCRIPTOR, Map.of("pattern", "(\\w+)=(\\d+)")).engine());
        String slower = kernel.bind(ExtractAndAggregate.DESCRIPTOR, Map.of("pattern", "(\\w+)(?:=|:)(\\d+)")).engine();
        assertTrue(slower.startsWith("regex crate, correct but slower: ") && slower.contains("alternation"), slower);
    }

    @Test
    void emptyAndNullInputsBehaveLikeTheJavaLoop() {
        PatternPairsKernel kernel = PatternPairsConformanceTest.kernel("(a|ab)(\\d+)");
        assertEquals(List.of(), kernel.extractAndAggregate(List.of()));
        assertEquals(List.of(Map.of(), Map.of()), kernel.extractAndAggregate(List.of("", "no match")));
        assertThrows(NullPointerException.class, () -> kernel.extractAndAggregate(Arrays.asList("a1", null)));
        assertThrows(NullPointerException.class, () -> kernel.extractAndAggregate(null));
        List<Map<String, Integer>> result = kernel.extractAndAggregate(List.of("ab1"));
        assertEquals("java.util.ArrayList", result.getClass().getName());
        assertEquals(HashMap.class, result.get(0).getClass());
    }

    @Test
    void smallBatchesAndALargeTextGiveTheSameAnswers() {
        String pattern = "(\\w+):\\s*(\\d{1,3})";
        List<String> lines = new LogLines(5L).lines(3_000);
        List<String> withColons = new ArrayList<>();
        for (String line : lines) {
            withColons.add(line.replace(' ', ':'));
        }
        assertSameAsJava(pattern, withColons, PatternPairsConformanceTest.kernel(pattern).extractAndAggregate(withColons, 4_096));
        String big = String.join("\n", withColons).repeat(3);
        List<String> texts = List.of("a: 1", big, "b: 2");
        List<Map<String, Integer>> actual = PatternPairsConformanceTest.kernel(pattern).extractAndAggregate(texts);
        assertSameAsJava(pattern, texts, actual);
        assertTrue(actual.get(1).size() > 100, "the large text must hold many keys");
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnResults() throws Exception {
        String[] patterns = {"([a-z]+)=(-?\\d+)", "(\\w+)\\s+(\\d+)", "(.+?)#(\\d+)", "([^,]+),(\\d*)"};
        List<List<String>> inputs = new ArrayList<>();
        List<List<Map<String, Integer>>> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> lines = new LogLines(300L + i).lines(5 + 3 * i);
            inputs.add(lines);
            expected.add(PatternPairsReference.extractAndAggregate(Pattern.compile(patterns[i % 4]), lines));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int call = 0; call < 200; call++) {
                        int pick = (first + call) % inputs.size();
                        PatternPairsKernel kernel = PatternPairsConformanceTest.kernel(patterns[pick % 4]);
                        wrong += expected.get(pick).equals(kernel.extractAndAggregate(inputs.get(pick))) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callsLeakNoNativeMemory() {
        PatternPairsKernel kernel = PatternPairsConformanceTest.kernel("([^,]+),(\\d*)");
        List<String> texts = List.of("用户,12,😀,7 a,2147483648", "\uD800,1");
        NativeMemory.assertNoLeak("extract_and_aggregate_pattern", 100_000, () -> kernel.extractAndAggregate(texts));
    }

    @Test
    void theCatalogBindsOtherPatternsToTheGeneralKernel() {
        var kernel = KernelCatalog.bundled().require("extract_and_aggregate");
        String descriptor = kernel.shapes().get(0).descriptor();
        BoundKernel bound = kernel.bind(descriptor, Map.of("pattern", "([a-z]+)=(-?\\d+)"));
        bound.warmUp();
        Object[] args = {List.of("a=1 b=-2 a=3", "用户=4 x=2147483648")};
        assertEquals(bound.reference(args), bound.invoke(args));
        assertEquals(List.of(Map.of("a", 4, "b", -2), Map.of("x", 0)), bound.invoke(args));
        UnsupportedBindingException refused = assertThrows(UnsupportedBindingException.class,
            () -> kernel.bind(descriptor, Map.of("pattern", "(\\w+)\\1(\\d+)")));
        assertTrue(refused.getMessage().contains("backreference"), refused.getMessage());
    }

    @Test
    void aTranslationTheRegexCrateCannotCompileIsRefusedAtBind() {
        UnsupportedBindingException e = assertThrows(UnsupportedBindingException.class,
            () -> PatternPairsKernel.forPattern("(\\w)(?:\\w{1000}){1000}(\\d)"));
        assertTrue(e.getMessage().contains("did not compile"), e.getMessage());
    }
}
