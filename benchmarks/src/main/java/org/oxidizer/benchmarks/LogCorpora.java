package org.oxidizer.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.oxidizer.samples.textagg.CorpusGenerator;

/**
 * Log lines of the formats users' patterns are written for, seeded so every run reads the same text: the
 * headline's mixed Chinese/English lines, key=value lines, "key: value" status lines, HTTP access logs and
 * Prometheus metrics lines.
 */
final class LogCorpora {

    private static final String[] KEYS = {
        "user", "bytes", "status", "latency_ms", "retries", "shard", "queue_depth", "items", "cache_hits", "region",
    };
    private static final String[] PATHS = {
        "/api/v1/items", "/api/v1/items/42", "/static/app.js", "/login", "/api/v2/orders?page=3", "/health",
    };
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
    private static final String[] METRICS = {
        "http_requests_total", "process_cpu_seconds_total", "jvm_gc_pause_ms", "queue.depth", "cache_hits",
    };

    private LogCorpora() {
    }

    /** {@code lines} lines of {@code kind}: textagg, kv, colon, access or metrics. */
    static List<String> lines(String kind, int lines) {
        if (kind.equals("textagg")) {
            return new CorpusGenerator(42).next(lines);
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>(lines);
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < lines; i++) {
            line.setLength(0);
            switch (kind) {
                case "kv":
                    line.append("ts=").append(1_700_000_000L + i).append(" level=info msg=\"request done\"");
                    for (int k = 0; k < 5; k++) {
                        line.append(' ').append(KEYS[random.nextInt(KEYS.length)]).append('=')
                            .append(random.nextInt(k == 0 ? 100_000 : 1000));
                    }
                    line.append(" trace=").append(Long.toHexString(random.nextLong()));
                    break;
                case "colon":
                    line.append("worker-").append(random.nextInt(16)).append(" 状态 ok; ");
                    for (int k = 0; k < 4; k++) {
                        line.append(KEYS[random.nextInt(KEYS.length)]).append(':')
                            .append(random.nextBoolean() ? " " : "").append(random.nextInt(5000)).append(", ");
                    }
                    break;
                case "access":
                    line.append("10.0.").append(random.nextInt(256)).append('.').append(random.nextInt(256))
                        .append(" - - [05/Dec/2026:18:").append(10 + random.nextInt(50)).append(":00 +0000] \"")
                        .append(METHODS[random.nextInt(METHODS.length)]).append(' ')
                        .append(PATHS[random.nextInt(PATHS.length)]).append(" HTTP/1.1\" ")
                        .append(random.nextInt(10) == 0 ? 404 : 200).append(' ').append(random.nextInt(50_000))
                        .append(" \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"");
                    break;
                case "metrics":
                    line.append(METRICS[random.nextInt(METRICS.length)]).append("{instance=\"node-")
                        .append(random.nextInt(8)).append("\",job=\"api\"} ").append(random.nextInt(1_000_000));
                    break;
                default:
                    throw new IllegalArgumentException("no corpus kind " + kind);
            }
            out.add(line.toString());
        }
        return out;
    }
}
