package org.oxidizer.samples.wordfreq;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How often each word occurs in a batch of lines, the way a team writes it first: split on anything that is not
 * an ASCII letter or digit, lower-case, count. No kernel in the catalog has this shape: it is the sample for
 * writing one's own ({@code oxidizer kernel new}).
 */
public final class WordFrequency {

    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

    private WordFrequency() {
    }

    public static Map<String, Integer> wordFrequencies(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            for (String word : SEPARATORS.split(line)) {
                if (!word.isEmpty()) {
                    counts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The same answers written by hand, the best plain Java a team would reach for next: one pass over each line's
     * chars, no regex, no split array, ASCII lower-casing while the word is read. What a native kernel must beat to
     * earn its boundary.
     */
    public static Map<String, Integer> wordFrequenciesScanned(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        char[] word = new char[64];
        for (String line : lines) {
            int n = 0;
            for (int i = 0, length = line.length(); i <= length; i++) {
                char c = i < length ? line.charAt(i) : ' ';
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word = add(word, n++, c);
                } else if (c >= 'A' && c <= 'Z') {
                    word = add(word, n++, (char) (c + 32));
                } else if (n > 0) {
                    counts.merge(new String(word, 0, n), 1, Integer::sum);
                    n = 0;
                }
            }
        }
        return counts;
    }

    private static char[] add(char[] word, int at, char c) {
        char[] w = at < word.length ? word : java.util.Arrays.copyOf(word, 2 * word.length);
        w[at] = c;
        return w;
    }
}
