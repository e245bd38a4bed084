package org.oxidizer.kernels.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-picked inputs with the exact text the Java method writes, checked against both implementations. */
class JsonSerializeEdgeCasesTest {

    /** Asserts the text for {@code results}, and that the reference agrees, so a wrong fixture fails too. */
    private static void assertJson(String expected, List<Map<String, Integer>> results) {
        assertEquals(expected, JsonSerializeReference.toJson(results), "reference");
        assertEquals(expected, JsonSerializeKernel.toJson(results), "kernel");
    }

    private static Map<String, Integer> linked(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void emptyListsMapsAndKeys() {
        assertJson("[]", List.of());
        assertJson("[{}]", List.of(Map.of()));
        assertJson("[{},{}]", List.of(Map.of(), Map.of()));
        assertJson("[{\"\":0}]", List.of(Map.of("", 0)));
    }

    @Test
    void intsAsStringBuilderAppendsThem() {
        assertJson("[{\"min\":-2147483648,\"max\":2147483647,\"zero\":0,\"neg\":-10}]",
                List.of(linked("min", Integer.MIN_VALUE, "max", Integer.MAX_VALUE, "zero", 0, "neg", -10)));
    }

    @Test
    void nullMapsKeysAndValues() {
        Map<String, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertJson("[null,{\"null\":1},{\"a\":null},null]", Arrays.asList(null, nullKey, linked("a", null), null));
    }

    @Test
    void shortEscapesAndQuotes() {
        assertJson("[{\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\":1}]", List.of(Map.of("q\"b\\s/\n\r\t\b\f", 1)));
    }

    @Test
    void otherControlCharsAsLowercaseUnicodeEscapes() {
        assertJson("[{\"\\u0000\\u0001\\u000b\\u001f \u007f\u0085\":1}]", List.of(Map.of("\u0000\u0001\u000B\u001F \u007F\u0085", 1)));
    }

    @Test
    void lineAndParagraphSeparatorsEscapedForJavaScript() {
        assertJson("[{\"a\\u2028b\\u2029\":1}]", List.of(Map.of("a\u2028b\u2029", 1)));
    }

    @Test
    void nonAsciiKeptAsIsInBothOutputWidths() {
        assertJson("[{\"ÿé\u00A0\":1}]", List.of(Map.of("ÿé\u00A0", 1)));
        assertJson("[{\"用户😀Ā\":2}]", List.of(Map.of("用户😀Ā", 2)));
    }

    @Test
    void loneSurrogatesStayCharsOfTheString() {
        String json = JsonSerializeKernel.toJson(List.of(linked("\uD800", 1, "x\uDC00y", 2, "\uDBFF\uDFFF", 3)));
        assertEquals("[{\"\uD800\":1,\"x\uDC00y\":2,\"\uDBFF\uDFFF\":3}]", json);
        assertEquals('\uD800', json.charAt(3));
    }

    @Test
    void keysInEachMapsOwnIterationOrder() {
        Map<String, Integer> hash = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            hash.put("k" + i * 7919, i);
        }
        List<Map<String, Integer>> results = List.of(hash, new java.util.TreeMap<>(hash), linked("z", 1, "a", 2));
        assertEquals(JsonSerializeReference.toJson(results), JsonSerializeKernel.toJson(results));
    }

    @Test
    void nonRandomAccessListsAndSubLists() {
        List<Map<String, Integer>> results = new JsonMaps(3L).maps(5_000);
        assertEquals(JsonSerializeReference.toJson(results), JsonSerializeKernel.toJson(new LinkedList<>(results)));
        List<Map<String, Integer>> middle = results.subList(1_000, 4_000);
        assertEquals(JsonSerializeReference.toJson(middle), JsonSerializeKernel.toJson(middle));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void keysThatAreNotStringsAreWrittenWithValueOfLikeJava() {
        Map raw = new LinkedHashMap();
        raw.put(42, 1);
        raw.put('c', 2);
        assertJson("[{\"42\":1,\"c\":2}]", List.of((Map<String, Integer>) raw));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void failsLikeJavaOnNullListAndNonIntegerValues() {
        assertThrows(NullPointerException.class, () -> JsonSerializeReference.toJson(null));
        assertThrows(NullPointerException.class, () -> JsonSerializeKernel.toJson(null));
        Map raw = new HashMap();
        raw.put("a", 1L);
        List<Map<String, Integer>> bad = new ArrayList<>(new JsonMaps(1L).maps(3_000));
        bad.add(2_000, (Map<String, Integer>) raw);
        assertThrows(ClassCastException.class, () -> JsonSerializeReference.toJson(bad));
        assertThrows(ClassCastException.class, () -> JsonSerializeKernel.toJson(bad));
        assertThrows(ClassCastException.class, () -> JsonSerializeKernel.toJson(bad, 100, 10, 16));
    }

    @Test
    void keyLongerThanABatchGoesAloneAndWhole() {
        String huge = "x\"".repeat(3_000_000);
        List<Map<String, Integer>> results = List.of(linked("a", 1, huge, 2, "b", 3), Map.of("c", 4));
        String expected = JsonSerializeReference.toJson(results);
        assertEquals(expected, JsonSerializeKernel.toJson(results, 1 << 20, 4, 1));
        assertEquals(9_000_000 + 28, expected.length());
    }

    @Test
    void manyMapsInManyBatchesAreNeverTruncated() {
        List<Map<String, Integer>> results = Collections.nCopies(400_000, linked("用户", 1, "b", -2));
        String expected = JsonSerializeReference.toJson(results);
        assertEquals(expected, JsonSerializeKernel.toJson(results, 1 << 16, 1 << 12, 1024));
        assertEquals(expected, JsonSerializeKernel.toJson(results));
    }

    @Test
    void kernelIdNamesTheNativeEntryPoint() {
        assertEquals("json_serialize", new JsonSerialize().id());
    }
}
