package org.oxidizer.kernels.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sample's Java method with its pattern as a parameter: what the general kernel must return, bit for bit. */
public final class PatternPairsReference {

    private PatternPairsReference() {
    }

    /** Per text, sums group 2 (read by Integer.parseInt, 0 when it throws) per group 1 over every match. */
    public static List<Map<String, Integer>> extractAndAggregate(Pattern pattern, List<String> texts) {
        List<Map<String, Integer>> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            Map<String, Integer> counts = new HashMap<>();
            Matcher m = pattern.matcher(text);
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
}
