package org.oxidizer.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Each supported construct's translation, and each refused construct's one-sentence reason. */
class JavaPatternTranslationTest {

    private static String rust(String javaPattern) {
        return JavaPatternTranslation.of(javaPattern).rustPattern();
    }

    @Test
    void predefinedClassesBecomeJavasAsciiSets() {
        assertEquals("([0-9A-Z\\x{5F}a-z]+)[\\x{9}-\\x{D}\\x{20}]+([0-9]+)", rust("(\\w+)\\s+(\\d+)"));
        assertEquals("([\\x{0}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{5E}\\x{60}\\x{7B}-\\x{D7FF}\\x{E000}-\\x{10FFFF}])([0-9])",
            rust("(\\W)(\\d)"));
        assertEquals("([\\x{9}\\x{20}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}])"
            + "([\\x{A}-\\x{D}\\x{85}\\x{2028}-\\x{2029}])", rust("(\\h)(\\v)"));
    }

    @Test
    void dotLeavesOutJavasFiveLineTerminators() {
        assertEquals("([\\x{0}-\\x{9}\\x{B}-\\x{C}\\x{E}-\\x{84}\\x{86}-\\x{2027}\\x{202A}-\\x{D7FF}\\x{E000}-\\x{10FFFF}]+?)"
            + "\\x{23}([0-9]+)", rust("(.+?)#(\\d+)"));
    }

    @Test
    void literalsAndEscapesBecomeCodePoints() {
        assertEquals("(ab)\\x{2E}\\x{9}\\x{A}\\x{D}\\x{C}\\x{7}\\x{1B}AAAA\\x{1}\\x{5C}(\\x{1F600})",
            rust("(ab)\\.\\t\\n\\r\\f\\a\\e\\0101\\x41\\x{41}\\u0041\\cA\\\\(\\x{1F600})"));
        assertEquals("(\\x{1F600})(\\x{1F600})", rust("(\\uD83D\\uDE00)(😀)"));
        assertEquals("(\\x{8}\\x{27}7)(\\x{3F})", rust("(\\010\\0477)(\\?)"));
        assertEquals("(\\x{5D}\\x{7D})(\\x{E9})", rust("(]})(\\é)"));
    }

    @Test
    void quantifiersKeepTheirCountsAndLaziness() {
        assertEquals("(a*b+?c??)(d{2}e{2,}?f{2,5})", rust("(a*b+?c??)(d{2}e{2,}?f{2,5})"));
        assertEquals("(a|ab)([0-9]+)", rust("(a|ab)(\\d+)"));
    }

    @Test
    void groupsKeepCapturingOrderAndOptionalGroupsMayBeEmpty() {
        assertEquals("(?:(a)|b)(c)?", rust("(?:(a)|b)(c)?"));
        assertEquals("(k)(v)", rust("(?<key>k)(?<value>v)"));
        assertEquals("(x)(a*)?", rust("(x)(a*)?"));
    }

    @Test
    void leadingCaseInsensitiveFlagFoldsAsciiLettersOnly() {
        assertEquals("([Kk][Ss]\\x{E9})([0-9A-Z\\x{5F}a-z]+)", rust("(?i)(kSé)(\\w+)"));
        assertEquals("([A-Za-z\\x{212A}])(\\x{3D})", rust("(?i)([a-zA-Z\\u212A])(=)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', quoteCharacter = '`', value = {
        "(\\w+)\\1(\\d+) ~ the backreference \\1",
        "(?<k>\\w+)=(\\d+)\\k<k> ~ the named backreference",
        "(\\w+)(?=x)(\\d+) ~ the lookahead (?=",
        "(\\w+)(?!x)(\\d+) ~ the lookahead (?!",
        "(?<=a)(\\w+)(\\d+) ~ the lookbehind (?<=",
        "(?<!a)(\\w+)(\\d+) ~ the lookbehind (?<!",
        "(?>\\w+)(\\w)(\\d) ~ the atomic group",
        "(\\w++)(\\d+) ~ a possessive quantifier",
        "(\\w+)(\\d?+) ~ a possessive quantifier",
        "(\\w+)(\\d{2}+) ~ a possessive quantifier",
        "\\b(\\w+)=(\\d+) ~ the word boundary \\b",
        "(\\w+)\\B=(\\d+) ~ the word boundary \\B",
        "^(\\w+)=(\\d+) ~ the anchor ^",
        "(\\w+)=(\\d+)$ ~ the anchor $",
        "\\A(\\w+)=(\\d+) ~ the anchor \\A",
        "\\G(\\w+)=(\\d+) ~ the anchor \\G",
        "(\\w+)=(\\d+)\\Z ~ the anchor \\Z",
        "(\\w+)=(\\d+)\\z ~ the anchor \\z",
        "(\\p{L}+)=(\\d+) ~ the Unicode property class \\p",
        "([\\P{L}]+)=(\\d+) ~ the Unicode property class \\P",
        "(\\w+)\\R(\\d+) ~ the escape \\R",
        "(\\X)(\\d+) ~ the escape \\X",
        "(\\w+)\\N{EQUALS SIGN}(\\d+) ~ the escape \\N",
        "(\\w+)\\Q=\\E(\\d+) ~ quoting with \\Q...\\E",
        "([\\w&&[^\\d]]+)=(\\d+) ~ a class intersection (&&)",
        "(?x)(\\w+) = (\\d+) ~ an inline flag group",
        "(\\w+)(?i)=(\\d+) ~ an inline flag group",
        "(?i:(\\w+))=(\\d+) ~ an inline flag group",
        "(?u)(\\w+)=(\\d+) ~ an inline flag group",
        "(\\w+)=(\\d+)(x) ~ it has 3 capturing groups",
        "(\\w+)=\\d+ ~ it has 1 capturing group,",
        "(\\w*)=?(\\d*) ~ it can match the empty string",
        "(?:(\\w)=)+(\\d) ~ a capturing group inside a repetition",
        "(a){2}(b) ~ a capturing group inside a repetition",
        "(\\w+)(?:=|)*(\\d+) ~ a repetition of something that can match the empty string",
        "(\\w+)(?:a?){2,}(\\d+) ~ a repetition of something that can match the empty string",
        "(\\w+)\\uD800(\\d+) ~ a surrogate code point",
        "([\\x{D7FF}-\\x{E000}])(\\d+) ~ a surrogate code point",
        "([^\\x{1F600}]+)=(\\d+) ~ a negated class that leaves out non-BMP characters",
        "([^\\w\\W])(\\d) ~ a class that matches no character",
        "(\\w+)=a{2}{3}(\\d+) ~ a quantifier applied to a quantifier",
        "{2}(\\w)(\\d) ~ a quantifier with nothing before it to repeat",
        "(\\w+)=(\\d+ ~ is not a valid java.util.regex pattern",
    })
    void refusesWithTheFeatureNamedInOneSentence(String pattern, String feature) {
        UnsupportedBindingException e = assertThrows(UnsupportedBindingException.class,
            () -> JavaPatternTranslation.of(pattern));
        assertTrue(e.getMessage().contains(feature), e.getMessage());
        assertTrue(e.getMessage().contains(pattern), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one sentence");
    }
}
