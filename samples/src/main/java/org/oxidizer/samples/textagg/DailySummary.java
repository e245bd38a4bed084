package org.oxidizer.samples.textagg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/** Merges per-text maps (or a file's totals) into daily totals, renders them as JSON with sorted keys and checksums the results. */
final class DailySummary {

    private final Map<String, long[]> totals = new HashMap<>();
    private long texts;
    private long perTextChecksum = 0xcbf29ce484222325L;

    void add(List<Map<String, Integer>> perText) {
        for (Map<String, Integer> counts : perText) {
            long mapHash = 0;   // order-independent, so HashMap iteration order cannot matter
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                mapHash += mix(e.getKey().hashCode() * 31L + e.getValue());
                totals.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue();
            }
            perTextChecksum = (perTextChecksum ^ mapHash) * 0x100000001b3L;
            texts++;
        }
    }

    /**
     * Adds a file's totals of {@code texts} texts. Its per-text maps stayed inside the file's chain, so the checksum
     * covers the daily JSON only.
     */
    void addTotals(Map<String, Long> fileTotals, long texts) {
        for (Map.Entry<String, Long> e : fileTotals.entrySet()) {
            totals.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue();
        }
        this.texts += texts;
    }

    String toJson() {
        StringBuilder json = new StringBuilder(64 + totals.size() * 24);
        json.append("{\"texts\":").append(texts).append(",\"words\":").append(totals.size()).append(",\"totals\":{");
        List<String> words = new ArrayList<>(totals.keySet());
        Collections.sort(words);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(words.get(i)).append("\":").append(totals.get(words.get(i))[0]);
        }
        return json.append("}}").toString();
    }

    /** One value that changes if any per-text map or the daily JSON changes. */
    String checksum(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return String.format("%016x", perTextChecksum ^ (crc.getValue() << 17));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
