package org.oxidizer.kernels.text;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random Java patterns from the supported grammar, two capturing groups each, so the kernel is compared with
 * Java on shapes nobody thought to write down: alternations that leave a group out, lazy loops, classes.
 * Few loops and no nested ones, so Java's backtracking stays fast on the test texts.
 */
final class RandomPatterns {

    private static final String[] ATOMS = {
        "a", "b", "k", "=", ",", "#", ":", "\\d", "\\w", "\\s", "\\W", "\\S", "\\D", "\\h", "\\v", ".", "[a-k]",
        "[^,]", "[^a\\d]", "[0-9+-]", "[^\\s=]", "用", "😀", "\\x{1F680}", "[\\u3000\\t ]", "\\-", "[１-９]",
    };
    private static final String[] BOUNDED = {"", "", "", "?", "??", "{2}", "{1,3}", "{0,2}?"};
    private static final String[] UNBOUNDED = {"*", "+", "*?", "+?", "{2,}"};
    private static final int MAX_LOOPS = 3;

    private final Random random;
    private int loops;

    private RandomPatterns(long seed) {
        random = new Random(seed);
    }

    static Arbitrary<String> patterns() {
        return Arbitraries.longs().map(seed -> new RandomPatterns(seed).pattern());
    }

    /** Atoms a key or number group of a log pattern is made of (ASCII classes, and some that are not). */
    private static final String[] GROUP_ATOMS = {
        "a", "k", "\\d", "\\w", "[a-k]", "[0-9+-]", "[a-z_]", "[A-Z]", "\\-", "[^\\s=]", "\\S", "[\\w.]",
    };
    /** What separates a key from its number in log lines, and a few of the general atoms. */
    private static final String[] SEPARATORS = {
        "=", ":", ",", " ", "#", "\\s", "[ \\t]", "\\h", "[=:]", "\\W", ".", "[^,]", "用",
    };
    /** Greedy only, as a compiled pattern has them; "" (once) is the most common. */
    private static final String[] GREEDY = {"", "", "", "+", "+", "*", "?", "{2}", "{1,3}", "{2,}"};

    /**
     * Flat patterns: a sequence of atoms with greedy quantifiers and two groups over runs of them, no alternation:
     * the shape the compiled one-pass matcher takes when no repetition can give back what follows it.
     */
    static Arbitrary<String> flat() {
        return Arbitraries.longs().map(RandomPatterns::flat);
    }

    /** The flat pattern of this seed. */
    static String flat(long seed) {
        return new RandomPatterns(seed).flatPattern();
    }

    private String flatPattern() {
        StringBuilder p = new StringBuilder();
        if (random.nextInt(8) == 0) {
            p.append("(?i)");
        }
        p.append(flatRun(random.nextInt(4) == 0 ? ATOMS : SEPARATORS, 0, 1))
            .append('(').append(flatRun(GROUP_ATOMS, 1, 2)).append(')')
            .append(flatRun(random.nextInt(4) == 0 ? ATOMS : SEPARATORS, 1, 2))
            .append('(').append(flatRun(GROUP_ATOMS, 1, 2)).append(')')
            .append(flatRun(random.nextInt(4) == 0 ? ATOMS : SEPARATORS, 0, 1));
        return p.toString();
    }

    private String flatRun(String[] atoms, int min, int max) {
        int pieces = min + random.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(atoms[random.nextInt(atoms.length)]).append(GREEDY[random.nextInt(GREEDY.length)]);
        }
        return s.toString();
    }

    private String pattern() {
        StringBuilder p = new StringBuilder();
        if (random.nextInt(6) == 0) {
            p.append("(?i)");
        }
        p.append(sequence(0, 2)).append(group()).append(sequence(0, 2)).append(group()).append(sequence(0, 2));
        if (random.nextInt(4) == 0) {
            p.append('|').append(sequence(1, 3));
        }
        return p.toString();
    }

    private String group() {
        String body = sequence(1, 3);
        if (random.nextBoolean()) {
            body += "|" + sequence(1, 3);
        }
        String open = random.nextInt(5) == 0 ? "(?<g" + random.nextInt(1000) + ">" : "(";
        String group = open + body + ")" + (random.nextInt(5) == 0 ? "?" : "");
        // Sometimes the group sits in one branch of a non-capturing alternation, so it may not take part.
        return random.nextInt(5) == 0 ? "(?:" + group + "|" + sequence(1, 2) + ")" : group;
    }

    /** Between min and max pieces; with min > 0 the first atom is mandatory, so the sequence cannot match empty. */
    private String sequence(int min, int max) {
        int pieces = min + random.nextInt(max - min + 1);
        if (pieces > 0 && random.nextInt(8) == 0 && loops < MAX_LOOPS) {
            loops++;
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < pieces; i++) {
                plain.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            return "(?:" + plain + ")" + UNBOUNDED[random.nextInt(UNBOUNDED.length)];
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(ATOMS[random.nextInt(ATOMS.length)]).append(i == 0 && min > 0 ? "" : repeat());
        }
        return s.toString();
    }

    private String repeat() {
        if (random.nextInt(3) == 0 && loops < MAX_LOOPS) {
            loops++;
            return UNBOUNDED[random.nextInt(UNBOUNDED.length)];
        }
        return BOUNDED[random.nextInt(BOUNDED.length)];
    }
}
