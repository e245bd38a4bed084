package org.oxidizer.samples.textagg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed scenario's hot function, written the way a team would write it first: regex plus HashMap. */
public final class TextAggregation {

    private static final Pattern PAIR = Pattern.compile("(\\w+)\\s+(\\d+)");

    private TextAggregation() {
    }

    /** For each text, sums the number following every word; numbers that do not fit an int count as 0. */
    public static List<Map<String, Integer>> extractAndAggregate(List<String> texts) {
        List<Map<String, Integer>> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            Map<String, Integer> counts = new HashMap<>();
            Matcher m = PAIR.matcher(text);
            while (m.find()) {
                int n;
                try {
                    n = Integer.parseInt(m.group(2));
                } catch (NumberFormatException e) {
                    n = 0;
                }
                counts.merge(m.group(1), n, Integer::sum);
            }
            result.add(counts);
        }
        return result;
    }

    /**
     * The same answers without {@code java.util.regex}: what a team writes once the profile says the regex is the cost.
     * One pass per text with the pattern's own rules: {@code \w} is {@code [a-zA-Z_0-9]}, {@code \s} is
     * {@code [ \t\n\x0B\f\r]}, {@code \d} is {@code [0-9]}. A word run followed by white space and digits is a pair;
     * a run that is not fails at every start inside it, so the search goes on after it; after a pair it goes on right
     * after the digits (which may begin the next word, as {@code find()} does).
     */
    public static List<Map<String, Integer>> extractAndAggregateScanned(List<String> texts) {
        List<Map<String, Integer>> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            Map<String, Integer> counts = new HashMap<>();
            int n = text.length();
            int p = 0;
            while (p < n) {
                while (p < n && !word(text.charAt(p))) {
                    p++;
                }
                int start = p;
                while (p < n && word(text.charAt(p))) {
                    p++;
                }
                int end = p;
                if (start == end) {
                    break;
                }
                int q = end;
                while (q < n && space(text.charAt(q))) {
                    q++;
                }
                if (q == end || q == n || !digit(text.charAt(q))) {
                    continue;               // no pair from any start in this run
                }
                long value = 0;
                boolean fits = true;
                while (q < n && digit(text.charAt(q))) {
                    if (fits) {
                        value = value * 10 + (text.charAt(q) - '0');
                        fits = value <= Integer.MAX_VALUE;
                    }
                    q++;
                }
                counts.merge(text.substring(start, end), fits ? (int) value : 0, Integer::sum);
                p = q;
            }
            result.add(counts);
        }
        return result;
    }

    private static boolean word(char c) {
        return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
