package org.oxidizer.samples.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-text word counts like the text-aggregation step returns them, deterministically from a seed: HashMaps
 * built with {@code merge} over ASCII words, plus, now and then, the keys other tokenizers let through
 * (quotes, backslashes, control characters, Latin-1 letters, rarely CJK, emoji or a lone surrogate), nulls
 * and extreme counts.
 */
public final class AggregationResults {

    private static final String[] WORDS = {
        "user", "request", "latency", "items", "retry", "status", "bytes", "tokens", "orders", "cache_hit",
        "cache_miss", "queue", "batch", "shard", "rows", "errors", "warn", "model_v2", "prompt", "reply",
        "session", "region", "gpu", "epoch", "step", "loss", "score", "clicks", "views", "cart", "sku", "price"
    };
    /** Keys that need escapes or Latin-1 letters; the JSON text stays one byte per char. */
    private static final String[] ODD_WORDS = {
        "café", "naïve", "say \"hi\"", "C:\\temp", "tab\there", "line\nbreak", "cr\rlf", "bell\u0007", "nul\u0000",
        "unit\u001F", "del\u007F", "js\u2028sep", "para\u2029", "nbsp\u00A0", "ÿ"
    };
    /** Keys beyond Latin-1: the whole JSON text of their batch needs two bytes per char. */
    private static final String[] WIDE_WORDS = {
        "用户", "请求", "订单", "推理", "\uD83D\uDE80launch", "Ωmega", "lone\uD800", "\uDC00tail", "Ā", "𝔘𝔫𝔦"
    };

    private final SplittableRandom random;

    public AggregationResults(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The next {@code count} results; consecutive calls continue the same sequence. */
    public List<Map<String, Integer>> next(int count) {
        List<Map<String, Integer>> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(random.nextInt(5000) == 0 ? null : counts());
        }
        return results;
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        int matches = random.nextInt(12);
        for (int m = 0; m < matches; m++) {
            counts.merge(word(), count(), Integer::sum);
        }
        if (random.nextInt(4000) == 0) {
            counts.put(random.nextBoolean() ? null : word(), random.nextBoolean() ? null : count());
        }
        return counts;
    }

    private String word() {
        int kind = random.nextInt(1_000_000);
        if (kind < 3) {
            return WIDE_WORDS[random.nextInt(WIDE_WORDS.length)];
        } else if (kind < 1000) {
            return ODD_WORDS[random.nextInt(ODD_WORDS.length)];
        }
        String word = WORDS[random.nextInt(WORDS.length)];
        return kind < 400_000 ? word : word + "_" + random.nextInt(50);
    }

    private int count() {
        int kind = random.nextInt(1000);
        if (kind == 0) {
            return Integer.MIN_VALUE;
        } else if (kind == 1) {
            return Integer.MAX_VALUE;
        } else if (kind < 20) {
            return -random.nextInt(1000);
        }
        return random.nextInt(kind < 200 ? 1_000_000 : 100);
    }
}
