package org.oxidizer.kernels.json;

import java.util.List;
import java.util.Map;

/**
 * The Java method the kernel replaces ({@code org.oxidizer.samples.json.JsonExport#toJson}), kept verbatim so
 * conformance tests compare against the real thing.
 */
public final class JsonSerializeReference {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonSerializeReference() {
    }

    /**
     * Renders {@code results} as compact JSON. A null map is written {@code null}, a null key {@code "null"}
     * (like {@code String.valueOf}), a null count {@code null}; quotes, backslashes, control characters and
     * U+2028/U+2029 (which break JavaScript string literals) are escaped, everything else is kept as is.
     */
    public static String toJson(List<Map<String, Integer>> results) {
        StringBuilder json = new StringBuilder(1024);
        json.append('[');
        boolean firstMap = true;
        for (Map<String, Integer> counts : results) {
            if (!firstMap) {
                json.append(',');
            }
            firstMap = false;
            if (counts == null) {
                json.append("null");
                continue;
            }
            json.append('{');
            boolean firstEntry = true;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (!firstEntry) {
                    json.append(',');
                }
                firstEntry = false;
                appendQuoted(json, String.valueOf(e.getKey()));
                json.append(':');
                Integer count = e.getValue();
                if (count == null) {
                    json.append("null");
                } else {
                    json.append(count.intValue());
                }
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void appendQuoted(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    json.append("\\\"");
                    break;
                case '\\':
                    json.append("\\\\");
                    break;
                case '\n':
                    json.append("\\n");
                    break;
                case '\r':
                    json.append("\\r");
                    break;
                case '\t':
                    json.append("\\t");
                    break;
                case '\b':
                    json.append("\\b");
                    break;
                case '\f':
                    json.append("\\f");
                    break;
                case '\u2028':
                    json.append("\\u2028");
                    break;
                case '\u2029':
                    json.append("\\u2029");
                    break;
                default:
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
            }
        }
        json.append('"');
    }
}
