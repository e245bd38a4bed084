package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A regex a method compiles or reads, as far as its class file tells: the literal and the flags when both
 * are compile-time constants.
 *
 * @param pattern the regex literal, or null when it is not a constant
 * @param flags the {@code Pattern.compile} flags (0 when none were passed), or null when not a constant
 * @param origin where the method gets it, e.g. {@code Pattern.compile in the method} or {@code static field PAIR}
 */
public record RegexUse(String pattern, Integer flags, String origin) {

    private static final String[] FLAG_NAMES = {"UNIX_LINES", "CASE_INSENSITIVE", "COMMENTS", "MULTILINE",
        "LITERAL", "DOTALL", "UNICODE_CASE", "CANON_EQ", "UNICODE_CHARACTER_CLASS"};

    public static RegexUse unknown(String origin) {
        return new RegexUse(null, null, origin);
    }

    /** Whether both the pattern and its flags are known literals. */
    public boolean isConstant() {
        return pattern != null && flags != null;
    }

    /** For people: {@code "(\w+)" from static field PAIR}, {@code unknown regex from instance field p}. */
    public String describe() {
        StringBuilder s = new StringBuilder(pattern == null ? "unknown regex" : "\"" + pattern + "\"");
        if (flags == null) {
            s.append(" with unknown flags");
        } else if (flags != 0) {
            s.append(" with flags ").append(flagNames(flags));
        }
        return s.append(" from ").append(origin).toString();
    }

    /** {@code Pattern} flag constants by name, e.g. {@code CASE_INSENSITIVE | MULTILINE}. */
    public static String flagNames(int flags) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < 32; bit++) {
            if ((flags & (1 << bit)) != 0) {
                names.add(bit < FLAG_NAMES.length ? FLAG_NAMES[bit] : "0x" + Integer.toHexString(1 << bit));
            }
        }
        return String.join(" | ", names);
    }
}
