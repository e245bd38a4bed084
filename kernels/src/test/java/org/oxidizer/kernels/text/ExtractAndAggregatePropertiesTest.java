package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * On arbitrary texts the kernel returns what the Java method returns: equal maps with the same key
 * order, whatever mix of ASCII classes, CJK, surrogates (paired and lone) and out-of-range numbers.
 */
class ExtractAndAggregatePropertiesTest {

    @Property(tries = 400)
    void sameAsReferenceOnTokenSoup(@ForAll("tokenTexts") List<String> texts) {
        assertSameAsReference(texts, ExtractAndAggregateKernel.extractAndAggregate(texts));
    }

    @Property(tries = 300)
    void sameAsReferenceOnRawChars(@ForAll("rawTexts") List<String> texts) {
        assertSameAsReference(texts, ExtractAndAggregateKernel.extractAndAggregate(texts));
    }

    /** Batches as small as one text: a match never straddles a split, and no text is cut. */
    @Property(tries = 200)
    void sameAsReferenceWhenBatchesSplit(@ForAll("tokenTexts") List<String> texts,
            @ForAll @IntRange(min = 2, max = 600) int batchBytes) {
        assertSameAsReference(texts, ExtractAndAggregateKernel.extractAndAggregate(texts, batchBytes));
    }

    static void assertSameAsReference(List<String> texts, List<Map<String, Integer>> actual) {
        List<Map<String, Integer>> expected = ExtractAndAggregateReference.extractAndAggregate(texts);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            int at = i;
            // Entry lists compare keys, values and iteration order at once.
            assertEquals(new ArrayList<>(expected.get(i).entrySet()), new ArrayList<>(actual.get(i).entrySet()),
                    () -> "text " + at + ": " + escaped(texts.get(at)));
        }
    }

    @Provide
    Arbitrary<List<String>> tokenTexts() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(5, words()),
                Tuple.of(5, numbers()),
                Tuple.of(7, Arbitraries.of(" ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", " \t ")),
                Tuple.of(2, Arbitraries.of("\u00A0", "\u3000", "\u2003", "\u0085", "\u001C", "-", ";", "=", "，")),
                Tuple.of(2, Arbitraries.of("用户", "登录", "中", "é", "ß", "Ω", "٣", "１２", "𝟘")),
                // Paired and lone surrogates, and units whose low byte is an ASCII letter, digit or space.
                Tuple.of(2, Arbitraries.of("\uD83D\uDE00", "\uD83D\uDE80x", "\uD800", "\uDC00", "\uDBFF", "\uDFFF",
                        "\uD800\uD800", "\u0161", "\u0131", "\u0120", "\uFF41", "\u8031", "\u0109")));
        return token.list().ofMaxSize(40).map(tokens -> String.join("", tokens)).list().ofMaxSize(12);
    }

    /** A few repeated words, so sums (and their wrap-around) happen, plus arbitrary word runs. */
    private static Arbitrary<String> words() {
        return Arbitraries.oneOf(
                Arbitraries.of("a", "k1", "_", "ab_9", "Zz", "0x"),
                Arbitraries.strings().withChars("abcXYZ_0189").ofMinLength(1).ofMaxLength(20));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1_000).map(String::valueOf),
                Arbitraries.of("2147483647", "2147483648", "02147483647", "0000000000", "4294967296",
                        "99999999999999999999", "-1"),
                Arbitraries.longs().between(2_147_483_000L, 2_147_483_700L).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(24));
    }

    @Provide
    Arbitrary<List<String>> rawTexts() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("a1_ \t\n\u000B\f\r9Z")
                .withCharRange('\uD7F0', '\uE00F')
                .withCharRange('\u0100', '\u017F')
                .withCharRange('\u4E00', '\u4E0F')
                .ofMaxLength(80);
        return text.list().ofMaxSize(8);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }
}
