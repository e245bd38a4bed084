package org.oxidizer.samples.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cleaning step of the log pipeline: each raw line becomes one tab-separated row for the warehouse
 * loader, {@code timestamp level service user latencyMs tokens digits urls emails message}, with the message
 * whitespace-collapsed and ASCII-lowercased; lines that are not log records are dropped.
 *
 * <p>Lowercasing is ASCII only on purpose: {@code toLowerCase(Locale.ROOT)} follows the JDK's Unicode version
 * and turns 'İ' into two chars, and user agents in other scripts must stay as they came. Patterns avoid
 * {@code \b}, whose meaning changed in JDK 19.
 */
public final class LogCleaning {

    /** Timestamp, level, optional [service], then the message (which must not hold a line break). */
    public static final String LINE_PATTERN = "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)Z?"
        + "\\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\\s+(?:\\[([\\w.-]{1,40})\\]\\s+)?(.*)";

    private static final Pattern LINE = Pattern.compile(LINE_PATTERN);
    private static final Pattern USER = Pattern.compile("user[=:]([\\w.-]+)");
    private static final Pattern LATENCY = Pattern.compile("latency[=:]\\s*(\\d+)\\s*ms");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"]+");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LogCleaning() {
    }

    /** One row per line that is a log record, in input order. */
    public static List<String> cleanLogLines(List<String> lines) {
        List<String> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            String row = cleanLine(line);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The row of one raw line, or null when the line is not a log record. */
    public static String cleanLine(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return null;
        }
        String message = m.group(5);
        String normalized = lowerAscii(SPACES.matcher(message).replaceAll(" "));
        String service = m.group(4);
        Matcher user = USER.matcher(message);
        StringBuilder row = new StringBuilder(64 + normalized.length());
        row.append(m.group(1)).append('T').append(m.group(2)).append('\t')
            .append(lowerAscii(m.group(3))).append('\t')
            .append(service == null ? "-" : service).append('\t')
            .append(user.find() ? user.group(1) : "-").append('\t')
            .append(latencyMillis(message)).append('\t')
            .append(normalized.split(" ").length).append('\t')
            .append(asciiDigits(normalized)).append('\t')
            .append(count(URL, normalized)).append('\t')
            .append(count(EMAIL, normalized)).append('\t')
            .append(normalized);
        return row.toString();
    }

    /** The first latency in the message, or "-" when there is none or it does not fit an int. */
    private static String latencyMillis(String message) {
        Matcher m = LATENCY.matcher(message);
        if (!m.find()) {
            return "-";
        }
        try {
            return Integer.toString(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return "-";
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int asciiDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static String lowerAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }
}
