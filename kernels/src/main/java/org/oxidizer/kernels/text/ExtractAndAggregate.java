package org.oxidizer.kernels.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** Catalog entry of the headline kernel: per text, sum group 2 by group 1 over every match of the method's pattern. */
public final class ExtractAndAggregate implements Kernel {

    static final String DESCRIPTOR = "(Ljava/util/List;)Ljava/util/List;";

    /** The pattern the hand-written scanner implements. */
    public static final String DEFAULT_PATTERN = "(\\w+)\\s+(\\d+)";

    @Override
    public String id() {
        return ExtractAndAggregateKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "per text, sum group 2 (as int) by group 1 over every match of a regex";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR,
            "List<Map<String, Integer>> extractAndAggregate(List<String> texts)", List.of("pattern"),
            ExtractAndAggregateReference.class.getName() + "#extractAndAggregate"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "the default pattern " + DEFAULT_PATTERN + " runs on a hand-written scanner",
            "fast: a one-pass pattern runs on the compiled matcher, one greedy pass over the UTF-16 text with the"
                + " counting done natively: a sequence of classes and literals, each repeated (* + ? {n,m}, greedy),"
                + " no alternation, no repetition that could give back a character the next step starts with,"
                + " groups 1 and 2 over ASCII-only classes (e.g. (\\w+)=(\\d+), (\\w+):\\s*(\\d+),"
                + " ([a-z_]+)[ \\t]+(\\d+))",
            "correct but slower: any other accepted pattern is translated to the regex crate with Java's meaning"
                + " (docs/BENCHMARKS.md has the figures); anything else is refused at bind time in one sentence",
            "gain: 5-9x on lines dense with matches, 17-30x on sparse ones, but only 1.2-3x where Java's own loop"
                + " is already cheap (one short match per line, e.g. metrics or HTTP access lines): copying the texts"
                + " out and building the HashMaps back costs about what that loop costs; the A/B measurement before"
                + " a swap shows which case a method is",
            "supported: literals and escapes (\\t \\n \\r \\f \\a \\e \\0ooo \\xhh \\x{h..} \\" + "uhhhh \\cX),"
                + " '.' (anything but \\n \\r U+0085 U+2028 U+2029), classes with ranges, negation and nested"
                + " unions, \\w \\d \\s \\h \\v and negations (Java's ASCII sets, not the crate's Unicode ones),"
                + " * + ? {n} {n,} {n,m} greedy and lazy, |, (...), (?:...), (?<name>...), a leading (?i) (ASCII"
                + " case folding only, like Java without UNICODE_CASE)",
            "refused: backreferences, lookahead/lookbehind, atomic groups, possessive quantifiers, anchors"
                + " ^ $ \\A \\G \\Z \\z, \\b \\B (Unicode-aware in Java), \\p{..}, \\R \\X \\N{..}, \\Q..\\E,"
                + " class intersections &&, inline flags other than a leading (?i)",
            "refused: not exactly 2 capturing groups, patterns that can match the empty string, * + {n,m} over"
                + " something that can match empty or holds a capturing group, surrogates written in the pattern,"
                + " negated classes that leave out non-BMP characters (Java can match half a surrogate pair there)",
            "a group that takes no part in a match gives what Java gives: a null key (HashMap allows it), 0 for"
                + " the number (Integer.parseInt(null) throws); maps replay Java's merges, so their order is Java's",
            "\\w, \\d, \\s are Java's ASCII classes, not Unicode ones; CJK words never match them",
            "group 2 is read like Integer.parseInt: a sign, then digits (Unicode digits as the running JVM's"
                + " Character.digit decides); anything else or past int range counts as 0; sums wrap like int +",
            "texts with unpaired surrogates, which UTF-8 cannot carry, are computed by the Java reference, exactly",
            "one HashMap per text, in order; a null list or text throws NullPointerException like the Java loop",
            "batches above 96 MB of UTF-16 (48M chars) are split into several native calls, never truncated");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.NATIVE_POOL_AND_FORK_JOIN;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    @SuppressWarnings("unchecked")
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        String pattern = parameters.getOrDefault("pattern", DEFAULT_PATTERN);
        if (DEFAULT_PATTERN.equals(pattern)) {
            return new BoundKernel(this, descriptor, Map.of("pattern", pattern),
                args -> ExtractAndAggregateKernel.extractAndAggregate((List<String>) args[0]),
                args -> ExtractAndAggregateReference.extractAndAggregate((List<String>) args[0]),
                () -> ExtractAndAggregateKernel.extractAndAggregate(List.of("warm 1", "up 2")))
                .withEngine("hand-written scanner");
        }
        PatternPairsKernel kernel = PatternPairsKernel.forPattern(pattern);
        Pattern compiled = Pattern.compile(pattern);
        return new BoundKernel(this, descriptor, Map.of("pattern", pattern),
            args -> kernel.extractAndAggregate((List<String>) args[0]),
            args -> PatternPairsReference.extractAndAggregate(compiled, (List<String>) args[0]),
            () -> kernel.extractAndAggregate(List.of("warm 1", "up 2")))
            .withEngine(kernel.compiled() ? "compiled one-pass matcher"
                : "regex crate, correct but slower: " + kernel.translation().compiledRefusal());
    }
}
