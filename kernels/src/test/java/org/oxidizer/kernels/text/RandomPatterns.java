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
