package org.oxidizer.kernels.text;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/**
 * A java.util.regex pattern (compiled without flags) with two capturing groups, translated into a regex crate
 * pattern whose matches and groups are Java's on every text UTF-8 can carry, or refused in one sentence.
 *
 * <p>Supported with Java's meaning: literals and escapes (\t \n \r \f \a \e \0ooo \xhh \x{h...} &#92;uhhhh \cX,
 * a backslash before punctuation); '.' (anything but \n \r U+0085 U+2028 U+2029); classes with ranges,
 * negation and nested unions; \w \d \s \h \v and their negations with Java's ASCII sets; * + ? {n} {n,} {n,m},
 * greedy and lazy; alternation; capturing, named and non-capturing groups; a leading (?i) (ASCII-only case
 * folding, as Java does without UNICODE_CASE). Everything else is refused, as are patterns that can match
 * the empty string, loops over something that can match empty or holds a capturing group, surrogates
 * written in the pattern, and negated classes that leave out non-BMP characters.
 */
public final class JavaPatternTranslation {

    private final String javaPattern;
    private final String rustPattern;
    private final OnePassProgram compiled;

    private JavaPatternTranslation(String javaPattern, String rustPattern, OnePassProgram compiled) {
        this.javaPattern = javaPattern;
        this.rustPattern = rustPattern;
        this.compiled = compiled;
    }

    /** @throws UnsupportedBindingException naming the construct the native kernel cannot match exactly */
    public static JavaPatternTranslation of(String javaPattern) {
        if (javaPattern == null) {
            throw new UnsupportedBindingException("The native kernel needs a pattern, and got none");
        }
        try {
            Pattern.compile(javaPattern);
        } catch (PatternSyntaxException e) {
            throw new UnsupportedBindingException("Pattern \"" + javaPattern + "\" is not a valid java.util.regex"
                + " pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
        return new JavaPatternTranslation(javaPattern, JavaPatternParser.translate(javaPattern),
            JavaPatternParser.compile(javaPattern));
    }

    public String javaPattern() {
        return javaPattern;
    }

    /** The pattern in the regex crate's syntax: explicit code point ranges, no flags. */
    public String rustPattern() {
        return rustPattern;
    }

    /**
     * Whether the compiled one-pass matcher runs this pattern (fast: one greedy pass over the UTF-16 text, the
     * counting done natively); otherwise it runs on the regex crate (correct, slower), for {@link #compiledRefusal()}.
     */
    public boolean compiled() {
        return compiled.fast();
    }

    /** Why the compiled matcher does not run this pattern; null when it does. */
    public String compiledRefusal() {
        return compiled.refusal();
    }

    /** The compiled matcher's program (kernels/native/src/onepass.rs); null when {@link #compiled()} is false. */
    int[] program() {
        return compiled.program();
    }

    @Override
    public String toString() {
        return javaPattern + " -> " + rustPattern;
    }
}
