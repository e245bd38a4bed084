package org.oxidizer.kernels.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Java method the kernel replaces, kept verbatim so conformance tests compare against the real thing. */
public final class ExtractAndAggregateReference {

    private static final Pattern PAIR = Pattern.compile("(\\w+)\\s+(\\d+)");

    private ExtractAndAggregateReference() {
    }

    /** Sums every {@code word number} pair of each text per word; numbers that overflow int count as 0. */
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
}
