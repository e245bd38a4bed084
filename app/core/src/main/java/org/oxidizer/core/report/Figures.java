package org.oxidizer.core.report;

import java.util.Locale;

/** Numbers as people read them in a table: 12.3 s, 1.4 GiB, 187%, 4.2x. */
public final class Figures {

    private Figures() {
    }

    public static String duration(double millis) {
        if (millis < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis < 120_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        return String.format(Locale.ROOT, "%.1f min", millis / 60_000);
    }

    /** 2.31 s, 812.4 ms, 85.0 µs, 85 ns: for times measured in nanoseconds, small ones included. */
    public static String nanos(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        if (nanos >= 1_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        return nanos + " ns";
    }

    public static String bytes(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
    }

    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.1fx", value);
    }

    /** "2.4x faster" / "1.3x slower" for a before/after ratio where above 1 is better. */
    public static String better(double ratio, String betterWord, String worseWord) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "n/a";
        }
        return ratio >= 1 ? ratio(ratio) + " " + betterWord : ratio(1 / ratio) + " " + worseWord;
    }
}
