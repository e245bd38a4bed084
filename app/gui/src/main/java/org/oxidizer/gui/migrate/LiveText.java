package org.oxidizer.gui.migrate;

import java.util.Locale;
import org.oxidizer.core.live.RouteStatus;

/** The Migrate view's one GUI-only line: a method's live counters since the last change (the rest is said by core's results). */
public final class LiveText {

    private LiveText() {
    }

    /** "swapped  ·  kernel 1,204  ·  Java 3  ·  fallbacks 0  ·  14.2 calls/s" */
    public static String counters(LiveMethod m) {
        RouteStatus s = m.status();
        if (s == null) {
            return m.verification() == null ? "not woven: Java runs untouched" : "not woven any more: Java runs untouched";
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  ·  kernel %,d  ·  Java %,d%s  ·  fallbacks %,d"
                + "  ·  %.1f calls/s", s.mode(), m.kernelCalls(), m.javaCalls(), m.since() == null ? "" : " since the change",
            s.fallbacks(), s.callsPerSecond()));
        if (s.shadowCompared() > 0 || "shadow".equals(s.mode())) {
            line.append(String.format(Locale.ROOT, "  ·  shadow compared %,d, disagreed %,d", s.shadowCompared(),
                s.shadowDisagreed()));
        }
        return line.toString();
    }
}
