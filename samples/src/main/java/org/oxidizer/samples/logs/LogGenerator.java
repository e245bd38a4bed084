package org.oxidizer.samples.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Raw service logs, deterministically from a seed: mostly well-formed records with users, latencies, URLs,
 * e-mails and user agents in several scripts, plus what real logs also hold: stack-trace lines, wrong-case
 * levels, stray control characters, line separators inside messages and the odd lone surrogate.
 */
public final class LogGenerator {

    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR", "TRACE", "FATAL"};
    private static final String[] SERVICES = {"api-7", "worker.3", "auth", "billing_v2", "search-eu.1", "gw"};
    private static final String[] USERS = {"alice42", "bob", "carol.smith", "dave-ops", "eve_9", "josé", "用户7", "x"};
    private static final String[] PATHS = {"/v1/orders", "/v1/orders/17", "/search?q=rust+jni", "/login", "/static/app.js"};
    private static final String[] AGENTS = {"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1) Safari/604.1", "curl/8.5.0", "python-requests/2.32",
        "Mozilla/5.0 (Windows NT 10.0) 微信/8.0.50", "Яндекс.Браузер/24.1", "OkHttp/4.12 \uD83D\uDE80"};
    private static final String[] NOTES = {"Order placed for bob@example.com", "see https://example.com/o/17 and HTTP://EX.ORG/A",
        "retry   after\t\ttimeout", "cache MISS for key=user:42", "payload size 4096 bytes", "Contact OPS@Corp.IO now",
        "订单已创建 编号 88231", "Ошибка соединения", "quota\u00A0exceeded", "tab\u000Bvt\fff", "weird \"quoted\" text",
        "mailto:a.b+c@d-e.co.uk, x@y", "http://a.b/c\"d", "fullwidth\u3000space", "nul\u0001ctl"};

    private final SplittableRandom random;

    public LogGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The next {@code count} lines; consecutive calls continue the same sequence. */
    public List<String> next(int count) {
        List<String> lines = new ArrayList<>(count);
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            if (random.nextInt(40) == 0) {
                appendOddLine(line);
            } else {
                appendRecord(line);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void appendRecord(StringBuilder line) {
        if (random.nextInt(20) == 0) {
            line.append(pick(new String[] {" ", "\t", "\u001F", "\u0000 ", "\u00A0"}));
        }
        line.append("2026-11-").append(10 + random.nextInt(20)).append(random.nextInt(5) == 0 ? ' ' : 'T')
            .append(two(random.nextInt(24))).append(':').append(two(random.nextInt(60))).append(':')
            .append(two(random.nextInt(60)));
        int fraction = random.nextInt(12);
        if (fraction < 10) {
            line.append('.').append(String.valueOf(1_000_000_000L + random.nextInt(1_000_000_000)), 1, 1 + fraction);
        }
        if (random.nextBoolean()) {
            line.append('Z');
        }
        line.append(spaces()).append(random.nextInt(100) == 0 ? "info" : pick(LEVELS)).append(spaces());
        if (random.nextInt(3) > 0) {
            line.append('[').append(random.nextInt(50) == 0 ? "bad service" : pick(SERVICES)).append(']').append(spaces());
        }
        line.append("user").append(random.nextInt(10) == 0 ? ':' : '=').append(pick(USERS)).append(' ')
            .append(random.nextBoolean() ? "GET " : "POST ").append(pick(PATHS))
            .append(" status=").append(random.nextInt(8) == 0 ? 500 : 200);
        appendLatency(line);
        line.append(" ua=\"").append(pick(AGENTS)).append("\" msg=\"").append(pick(NOTES)).append('"');
        int odd = random.nextInt(200);
        if (odd == 0) {
            line.append(pick(new String[] {"\r\ncontinued", "\u2028sep", "\u0085nel", "\nnext"}));
        } else if (odd == 1) {
            line.append(" lone\uD800surrogate");
        }
        if (random.nextInt(10) == 0) {
            line.append(pick(new String[] {" ", "\t", "  \r", "\u001F", "\u3000"}));
        }
    }

    private void appendLatency(StringBuilder line) {
        int kind = random.nextInt(50);
        if (kind == 0) {
            line.append(" latency=99999999999ms");
        } else if (kind == 1) {
            line.append(" latency: 007 ms");
        } else if (kind < 40) {
            line.append(" latency=").append(random.nextInt(kind < 5 ? 100_000 : 900)).append("ms");
        }
    }

    private void appendOddLine(StringBuilder line) {
        switch (random.nextInt(5)) {
            case 0:
                line.append("\tat com.example.OrderService.place(OrderService.java:").append(random.nextInt(900)).append(')');
                break;
            case 1:
                line.append("java.lang.IllegalStateException: order ").append(random.nextInt(99999)).append(" is closed");
                break;
            case 2:
                line.append(random.nextBoolean() ? "" : "   ");
                break;
            case 3:
                line.append("2026-11-14T08:15:30Z NOTICE something");
                break;
            default:
                line.append("2026-11-14T08:15").append(pick(new String[] {"", ":30", ":30Z", ":30Z INFO"}));
        }
    }

    private String spaces() {
        int kind = random.nextInt(10);
        return kind < 7 ? " " : kind < 9 ? "  " : "\t";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
