package org.oxidizer.kernels.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded raw log lines built from pieces that each probe one rule of the Java method: prefixes that almost
 * match, every kind of whitespace and line terminator, fields, URLs, e-mails, scripts, lone surrogates.
 */
final class RawLogLines {

    static final String[] PREFIXES = {"2026-11-14T08:15:30Z INFO ", "2026-11-14 08:15:30.123 WARN  ",
        "2026-11-14T08:15:30.123456789Z\tERROR\t[api-7] ", "2026-11-14T08:15:30 DEBUG [a.b-c_d] ",
        "2026-11-14T08:15:30Z FATAL\n", "2026-11-14T08:15:30Z TRACE [svc]\u000B", "2026-11-14T08:15:30Z INFO [bad svc] ",
        "2026-11-14T08:15:30.Z INFO ", "2026-11-14T08:15:30.1234567890 INFO ", "2026-11-14T08:15:30Z info ",
        "2026-11-14T08:15:30Z NOTICE ", "2026-11-14T08:15Z INFO ", "26-11-14T08:15:30Z INFO ", "2026-11-14T08:15:30ZINFO ",
        "2026-11-14T08:15:30Z INFO[x] ", "2026-11-14T08:15:30Z INFO [" + "s".repeat(41) + "] ",
        "2026-11-14T08:15:30Z INFO [" + "s".repeat(40) + "] ", "2026-11-14T08:15:30Z INFO []", "٢٠٢٦-11-14T08:15:30Z INFO ",
        "2026-11-14T08:15:30Z INFO", "2026-11-14T08:15:30Z INFOX ", "2026-11-14T08:15:30Z INFO \u00A0", ""};
    static final String[] PIECES = {"user=alice", "user:Bob.9", "user=josé", "user=", "User=x", "user=a-b_c.d",
        "latency=12ms", "latency: 007 ms", "latency=2147483647ms", "latency=2147483648ms", "latency=12 3ms",
        "latency=\t5\tms", "LATENCY=5ms", "http://a.b/c", "HTTPS://EX.COM/Path?q=1", "https://x\"y", "http://", "httpx://z",
        "a@b.co", "X.Y+Z@Q-R.EXAMPLE.ORG", "@c.de", "e@f.g", "u@x.com,v@y.com", " ", "  ", "\t", "\u000B", "\f", "\r",
        "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u00A0", "\u3000", "\u2003", "\u001C", "\u001F", "\u0000", "\u0007",
        "\"", "\\", "\"quoted\\\"", "0123456789", "١٢", "１２", "ÀÉÎ", "İ", "Σ", "ß", "用户登录", "Ошибка", "😀", "𝔘𝔫𝔦",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uDFFF\uD800", "[x]", "-", "=", ":", "ms", "GET /v1/orders?id=17"};

    private final Random random;

    RawLogLines(long seed) {
        random = new Random(seed);
    }

    List<String> lines(int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(line());
        }
        return lines;
    }

    String line() {
        StringBuilder line = new StringBuilder();
        if (random.nextInt(8) == 0) {
            line.append(pick(new String[] {" ", "\t", "\u0000", "\u001F ", "\u00A0", "\r\n"}));
        }
        line.append(random.nextInt(4) == 0 ? pick(PREFIXES) : PREFIXES[random.nextInt(4)]);
        for (int i = random.nextInt(14); i > 0; i--) {
            line.append(random.nextInt(3) == 0 ? " " : "").append(pick(PIECES));
        }
        if (random.nextInt(8) == 0) {
            line.append(pick(new String[] {" ", "\t\r\n", "\u0000", "\u001F", "\u00A0", "\u2028", " \u0085"}));
        }
        return line.toString();
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
