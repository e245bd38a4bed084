package org.oxidizer.samples.textagg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the daily batch deterministically from a seed: mixed Chinese and English log-like lines that
 * hold {@code word number} pairs, with the odd emoji, oversized number and lone surrogate real feeds have.
 */
public final class CorpusGenerator {

    private static final String[] WORDS = {
        "user", "request", "latency", "items", "retry", "status", "bytes", "tokens", "orders", "cache_hit",
        "cache_miss", "queue", "batch", "shard", "rows", "errors", "warn", "model_v2", "prompt", "reply",
        "session", "region", "gpu", "epoch", "step", "loss", "score", "clicks", "views", "buy", "cart",
        "sku", "price", "count", "http2", "p99", "io_wait", "gc", "heap", "threads", "api_gateway"
    };
    private static final String[] CHINESE = {
        "用户", "请求", "订单", "处理", "成功", "失败", "延迟", "模型", "推理", "数据", "清洗", "日志",
        "缓存", "命中", "队列", "批次", "重试", "上传", "下载", "文本"
    };
    private static final String[] LEVELS = {"INFO", "WARN", "DEBUG", "ERROR"};
    private static final String[] ODDITIES = {"\uD83D\uDE80", "\uD83D\uDCC8", "é", "\uD800", "１２", "٣"};

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next {@code count} texts of the corpus; consecutive calls continue the same sequence. */
    public List<String> next(int count) {
        List<String> texts = new ArrayList<>(count);
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            appendLine(line);
            texts.add(line.toString());
        }
        return texts;
    }

    private void appendLine(StringBuilder line) {
        line.append("2026-11-").append(10 + random.nextInt(20)).append(' ')
            .append(LEVELS[random.nextInt(LEVELS.length)]).append(' ');
        int pairs = 3 + random.nextInt(6);
        for (int p = 0; p < pairs; p++) {
            if (random.nextInt(3) == 0) {
                line.append(CHINESE[random.nextInt(CHINESE.length)]);
                line.append(random.nextBoolean() ? ' ' : '，');
            }
            line.append(WORDS[random.nextInt(WORDS.length)]);
            line.append(random.nextInt(8) == 0 ? '\t' : ' ');
            appendNumber(line);
            line.append(random.nextInt(4) == 0 ? "; " : " ");
        }
        if (random.nextInt(16) == 0) {
            line.append(ODDITIES[random.nextInt(ODDITIES.length)]);
        }
    }

    private void appendNumber(StringBuilder line) {
        int kind = random.nextInt(200);
        if (kind == 0) {
            line.append("99999999999");            // does not fit an int: counts as 0
        } else if (kind == 1) {
            line.append("2147483647");
        } else {
            line.append(random.nextInt(kind < 20 ? 100_000 : 1_000));
        }
    }
}
