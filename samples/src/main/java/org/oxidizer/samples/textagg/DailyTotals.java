package org.oxidizer.samples.textagg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's chain over one file of the day's batch, as a team writes it first: read the lines, extract and
 * aggregate each text ({@link TextAggregation}), add the texts' sums into the file's totals.
 */
public final class DailyTotals {

    private DailyTotals() {
    }

    /** Each word of the file with the sum of the numbers that follow it, over all its lines. */
    public static Map<String, Long> ofFile(Path file) throws IOException {
        List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
        return totals(TextAggregation.extractAndAggregate(texts));
    }

    /**
     * The same answers (and the same exception for a file that is not UTF-8) from a hand-written scan of the file's
     * bytes ({@link FileScanner}): no lines, Strings, per-text maps or regex; the best Java.
     */
    public static Map<String, Long> ofFileScanned(Path file) throws IOException {
        return FileScanner.totalsOf(file);
    }

    private static Map<String, Long> totals(List<Map<String, Integer>> perText) {
        Map<String, Long> totals = new HashMap<>();
        for (Map<String, Integer> counts : perText) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                totals.merge(e.getKey(), (long) e.getValue(), Long::sum);
            }
        }
        return totals;
    }
}
