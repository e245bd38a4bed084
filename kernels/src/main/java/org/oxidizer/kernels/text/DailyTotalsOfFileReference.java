package org.oxidizer.kernels.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline's chain over one file as its Java does it, kept verbatim for conformance tests: the lines read,
 * each text's pairs summed per word ({@link ExtractAndAggregateReference}), the texts' sums added into the file's totals.
 */
public final class DailyTotalsOfFileReference {

    private DailyTotalsOfFileReference() {
    }

    /** Each word of the file with the sum of the numbers that follow it, over all its lines. */
    public static Map<String, Long> ofFile(Path file) throws IOException {
        List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Long> totals = new HashMap<>();
        for (Map<String, Integer> counts : ExtractAndAggregateReference.extractAndAggregate(texts)) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                totals.merge(e.getKey(), (long) e.getValue(), Long::sum);
            }
        }
        return totals;
    }
}
