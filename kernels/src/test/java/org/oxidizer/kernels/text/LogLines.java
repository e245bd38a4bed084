package org.oxidizer.kernels.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded log-like lines that mix Chinese and English with every character class the pattern must get right. */
final class LogLines {

    private static final String[] ENGLISH = {"user", "alice", "bob", "retry", "latency_ms", "req_id", "err",
        "a1b2", "x", "_", "count", "GET", "status", "Timeout", "q9"};
    private static final String[] CHINESE = {"用户", "登录", "错误", "请求", "耗时", "数据库连接", "重试次数"};
    private static final String[] NON_ASCII_WORDS = {"café", "naïve", "Ωmega", "straße", "ñu", "é1", "über_2"};
    private static final String[] NUMBERS = {"0", "7", "42", "007", "0000", "2147483647", "2147483648",
        "02147483647", "-5", "12345678901234567890", "99999999999999999999", "4294967296", "1٣", "٣", "１２",
        "𝟘", "3.14", "1e9"};
    private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\t", "\u000B", "\f", "\r", "\n", " \t ",
        "", ":", "=", ", ", "\u00A0", "\u3000", "\u2003", "\u001C"};
    private static final String[] SPACES = {" ", " ", " ", "\t", " \t", "\u000B", "\f", "\r\n", "  "};
    private static final String[] NOISE = {"😀", "𠀀", "🚀x", "\uD800", "\uDC00", "\uDBFF\uD800", "é", "中",
        "؟", "\u0000", "?", "#", "__"};

    private final Random random;

    LogLines(long seed) {
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
        int tokens = random.nextInt(10) == 0 ? 0 : random.nextInt(24);
        for (int i = 0; i < tokens; i++) {
            if (random.nextInt(5) < 2) {
                line.append(pick(ENGLISH)).append(pick(SPACES)).append(number()).append(pick(SEPARATORS));
            } else {
                line.append(token()).append(pick(SEPARATORS));
            }
        }
        return line.toString();
    }

    private String token() {
        int kind = random.nextInt(20);
        if (kind < 8) {
            return pick(ENGLISH);
        } else if (kind < 12) {
            return pick(CHINESE);
        } else if (kind < 14) {
            return pick(NON_ASCII_WORDS);
        } else if (kind < 16) {
            return pick(NOISE);
        } else if (kind < 18) {
            return number();
        }
        return pick(ENGLISH) + pick(NOISE) + pick(ENGLISH);
    }

    private String number() {
        switch (random.nextInt(5)) {
            case 0:
                return pick(NUMBERS);
            case 1:
                return Long.toString(2_147_483_637L + random.nextInt(20));
            case 2:
                return "0".repeat(random.nextInt(12)) + Long.toUnsignedString(random.nextLong());
            default:
                return Integer.toString(random.nextInt(100_000));
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
