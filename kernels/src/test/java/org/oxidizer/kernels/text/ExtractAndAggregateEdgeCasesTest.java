package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-picked inputs where Java's regex and int semantics differ from the obvious native choice. */
class ExtractAndAggregateEdgeCasesTest {

    /** Asserts the expected map for one text, and that the reference agrees, so a wrong fixture fails too. */
    private static void assertCounts(String text, Map<String, Integer> expected) {
        List<String> texts = List.of(text);
        assertEquals(List.of(expected), ExtractAndAggregateReference.extractAndAggregate(texts), "reference");
        assertEquals(List.of(expected), ExtractAndAggregateKernel.extractAndAggregate(texts), "kernel");
    }

    @Test
    void wordClassIsAsciiOnly() {
        assertCounts("café 12", Map.of());
        assertCounts("naïve 5 ok 6", Map.of("ve", 5, "ok", 6));
        assertCounts("straße 3 Ωmega 4", Map.of("e", 3, "mega", 4));
        assertCounts("a_b9 1 _ 2", Map.of("a_b9", 1, "_", 2));
    }

    @Test
    void digitClassIsAsciiOnly() {
        assertCounts("a ٣ b １ c 𝟘", Map.of());
        assertCounts("a 1٣ b 2１", Map.of("a", 1, "b", 2));
    }

    @Test
    void spaceClassIsJavaAsciiSet() {
        assertCounts("a\u000B1 b\f2 c\r3 d\n4 e\t5 f \t\n 6", Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6));
        assertCounts("a\u00A01 b\u30002 c\u20033 d\u001C4 e\u00855", Map.of());
    }

    @Test
    void numberOverflowingIntCountsAsZero() {
        assertCounts("a 2147483648", Map.of("a", 0));
        assertCounts("a 12345678901234567890", Map.of("a", 0));
        assertCounts("a 2147483647 b 00000000002147483647 c 0000", Map.of("a", 2147483647, "b", 2147483647, "c", 0));
        assertCounts("a -5", Map.of());
    }

    @Test
    void sumsWrapLikeJavaInt() {
        assertCounts("a 2147483647 a 1", Map.of("a", Integer.MIN_VALUE));
        assertCounts("a 2147483647 a 2147483647 b 1 b 2", Map.of("a", -2, "b", 3));
    }

    @Test
    void findResumesAfterThePreviousMatch() {
        assertCounts("a 12b 3", Map.of("a", 12, "b", 3));
        assertCounts("x 1 2 3", Map.of("x", 1, "2", 3));
        assertCounts("k 1 k 2 k 3", Map.of("k", 6));
    }

    @Test
    void chineseEmojiAndSurrogatesNeverMatch() {
        assertCounts("用户 alice 3 登录次数 5 错误 bob 7", Map.of("alice", 3, "bob", 7));
        assertCounts("用户alice 3 耗时 12", Map.of("alice", 3));
        assertCounts("😀 a 1 😀b 2 a😀 3 🚀 4", Map.of("a", 1, "b", 2));
        assertCounts("\uD800a 1\uDC00 b\uD800 2 \uDBFF\uDFFFc 3", Map.of("a", 1, "c", 3));
    }

    @Test
    void emptyTextsGiveEmptyMaps() {
        List<String> texts = Arrays.asList("", "no pairs here", "");
        List<Map<String, Integer>> result = ExtractAndAggregateKernel.extractAndAggregate(texts);
        assertEquals(List.of(Map.of(), Map.of(), Map.of()), result);
    }

    @Test
    void emptyListGivesEmptyMutableList() {
        List<Map<String, Integer>> result = ExtractAndAggregateKernel.extractAndAggregate(Collections.emptyList());
        assertEquals(List.of(), result);
        result.add(new HashMap<>());
    }

    @Test
    void resultIsArrayListOfMutableHashMaps() {
        List<Map<String, Integer>> result = ExtractAndAggregateKernel.extractAndAggregate(new LinkedList<>(List.of("a 1", "")));
        assertEquals("java.util.ArrayList", result.getClass().getName());
        assertTrue(result.stream().allMatch(map -> map.getClass() == HashMap.class));
        result.get(0).merge("a", 1, Integer::sum);
        assertEquals(Map.of("a", 2), result.get(0));
    }

    @Test
    void nullTextOrListThrowsLikeJava() {
        assertThrows(NullPointerException.class, () -> ExtractAndAggregateReference.extractAndAggregate(Arrays.asList("a 1", null)));
        assertThrows(NullPointerException.class, () -> ExtractAndAggregateKernel.extractAndAggregate(Arrays.asList("a 1", null)));
        assertThrows(NullPointerException.class, () -> ExtractAndAggregateKernel.extractAndAggregate(null));
    }

    @Test
    void iterationOrderMatchesReferenceAcrossResizes() {
        for (int keys : new int[] {1, 12, 13, 24, 25, 48, 49, 200}) {
            StringBuilder text = new StringBuilder();
            for (int k = keys; k > 0; k--) {
                text.append("key").append(k * 7919).append(' ').append(k).append(" k0 1 ");
            }
            List<String> texts = List.of(text.toString());
            Map<String, Integer> expected = ExtractAndAggregateReference.extractAndAggregate(texts).get(0);
            Map<String, Integer> actual = ExtractAndAggregateKernel.extractAndAggregate(texts).get(0);
            assertEquals(keys + 1, actual.size());
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()), keys + " keys");
        }
    }

    @Test
    void kernelIdNamesTheNativeEntryPoint() {
        assertEquals("extract_and_aggregate", ExtractAndAggregateKernel.KERNEL_ID);
    }
}
