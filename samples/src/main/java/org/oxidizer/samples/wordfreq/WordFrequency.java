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
}
