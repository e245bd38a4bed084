package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every class the translator reads must be the set java.util.regex itself matches: checked against Java on
 * every BMP code point (surrogates included, as lone chars) and a spread of supplementary ones.
 */
class JavaCharClassTest {

    private static final int[] CODE_POINTS = IntStream.concat(IntStream.rangeClosed(0, 0xFFFF),
        IntStream.concat(IntStream.rangeClosed(0x10000, CodePointSet.MAX).filter(cp -> cp % 97 == 0),
            IntStream.of(0x10000, 0x1F600, 0x1F601, 0x1F602, 0x1F603, CodePointSet.MAX))).toArray();
    private static final String[] TEXTS = IntStream.of(CODE_POINTS).mapToObj(Character::toString).toArray(String[]::new);

    private static final String[] CLASSES = {
        "[abc]", "[^abc]", "[a-z]", "[^a-z0-9_]", "[]a]", "[^]a]", "[a-]", "[-a]", "[a-c-e]", "[\\w-a]", "[B-\\x{5A}]",
        "[a[b-d]]", "[^a[b-d]]", "[a[^b]]", "[^[^a]]", "[[a][b]c]", "[\\d\\s]", "[\\W]", "[^\\W\\d]", "[\\h]", "[\\H]",
        "[\\v]", "[\\v-\\x0D]", "[\\v-]", "[\\V]", "[\\S\\D]", "[\\x41-\\x{5A}]", "[\\0101-\\0132]", "[\\cA-\\cZ]",
        "[\\t\\n\\r\\f\\a\\e]", "[&a]", "[a&b]", "[\\&]", "[\\[\\]\\\\\\-^]", "[a^]", "[é-ü]", "[😀-😂]",
        "[\\x{1F600}a]", "[^\\s]", "[.$|()?*+{}]", "[\\u00e9\\u0041-\\u0043]", "[\\uD83D\\uDE00x]", "[^\\u0000-\\u00ff]",
        "[a-a]", "[\\x00]", "[\\" + "\0" + "]",
    };

    private static final String[] CASE_INSENSITIVE_CLASSES = {
        "[a-z]", "[^k]", "[Z-a]", "[\\w]", "[É]", "[^a[B]]", "[@-\\[]", "[\\x{212A}s]", "[a-c[^x-z]]", "[^\\W]",
    };

    private static void assertSameSet(String javaClass, CodePointSet translated, int flags) {
        Pattern java = Pattern.compile(javaClass, flags);
        for (int i = 0; i < CODE_POINTS.length; i++) {
            boolean javaMatches = java.matcher(TEXTS[i]).matches();
            if (javaMatches != translated.contains(CODE_POINTS[i])) {
                throw new AssertionError(javaClass + " flags " + flags + " at U+" + Integer.toHexString(CODE_POINTS[i])
                    + ": Java " + javaMatches + ", translated " + !javaMatches);
            }
        }
    }

    private static CodePointSet read(String javaClass, boolean caseInsensitive) {
        PatternCursor cursor = new PatternCursor(javaClass);
        assertEquals('[', cursor.next());
        CodePointSet set = JavaCharClass.read(cursor, caseInsensitive);
        assertTrue(cursor.atEnd(), javaClass + " read to its end");
        return set;
    }

    @Test
    void classesMatchWhatJavaMatches() {
        for (String javaClass : CLASSES) {
            assertSameSet(javaClass, read(javaClass, false), 0);
        }
    }

    @Test
    void caseInsensitiveClassesFoldLikeJavaWithoutUnicodeCase() {
        for (String javaClass : CASE_INSENSITIVE_CLASSES) {
            assertSameSet(javaClass, read(javaClass, true), Pattern.CASE_INSENSITIVE);
        }
    }

    @Test
    void dotAndPredefinedClassesMatchWhatJavaMatches() {
        assertSameSet(".", JavaPatternParser.DOT, 0);
        assertSameSet("\\w", JavaEscape.WORD, 0);
        assertSameSet("\\d", JavaEscape.DIGIT, 0);
        assertSameSet("\\s", JavaEscape.SPACE, 0);
        assertSameSet("\\h", JavaEscape.HORIZONTAL_SPACE, 0);
        assertSameSet("\\v", JavaEscape.VERTICAL_SPACE, 0);
        assertSameSet("\\W", JavaEscape.WORD.complement(), 0);
        assertSameSet("(?i)\\w", JavaEscape.WORD, 0);
    }

    @Test
    void setAlgebraKeepsRangesCanonical() {
        CodePointSet set = CodePointSet.ranges('a', 'c', 'd', 'f', 'x', 'z', 0, 0);
        assertEquals(CodePointSet.ranges(0, 0, 'a', 'f', 'x', 'z'), set);
        assertEquals(set, set.complement().complement());
        assertEquals(CodePointSet.range(0, CodePointSet.MAX), set.union(set.complement()));
        assertTrue(set.minus(CodePointSet.range('b', 'y')).equals(CodePointSet.ranges(0, 0, 'a', 'a', 'z', 'z')));
        assertEquals("[\\x{0}a-fx-z]", set.toRustClass());
    }
}
