package org.oxidizer.gui.migrate;

import java.util.Locale;
import org.oxidizer.core.migrate.Advice;
import org.oxidizer.core.migrate.LiveMigration;
import org.oxidizer.core.migrate.RouteStatus;
import org.oxidizer.core.migrate.Verification;

/** How the live loop's results read in the Migrate view: one line each, the same words as {@code oxidizer migrate}. */
public final class LiveText {

    private LiveText() {
    }

    /** "50 of 50 captured calls identical (exact: the same bits as Java)" */
    public static String verification(Verification v) {
        return String.format(Locale.ROOT, "%d of %d captured calls identical (%s)%s", v.identical(), v.calls(),
            v.tolerance().isEmpty() ? "compared exactly" : v.tolerance(), v.passed() ? "" : ": the kernel differs from Java");
    }

    /** Why fewer calls were captured than asked for; empty when all were. */
    public static String shortfall(Verification v, int asked, int timeoutSeconds) {
        return v.calls() >= asked ? "" : String.format(Locale.ROOT, " (%d of the %d calls asked for: the capture keeps at"
            + " most 64 MB of arguments and answers, or the method ran less often within %d s)", v.calls(), asked, timeoutSeconds);
    }

    /** "capturing cost 1.2% on top of the captured calls' own time; the method runs 14.2 times/s"; empty without counters. */
    public static String captureCost(RouteStatus s) {
        return s == null || Double.isNaN(s.captureOverhead()) ? "" : String.format(Locale.ROOT,
            "capturing cost %.1f%% on top of the captured calls' own time; the method runs %.1f times/s",
            100 * s.captureOverhead(), s.callsPerSecond());
    }

    /** "Java 812.4 ms, kernel 190.2 ms on the same calls: 4.3x; one crossing ~85 ns" */
    public static String timing(Verification v) {
        return String.format(Locale.ROOT, "Java %s, kernel %s on the same calls: %s; one crossing ~%s",
            nanos(v.javaNanos()), nanos(v.kernelNanos()),
            Double.isNaN(v.speedup()) ? "no speedup measured" : String.format(Locale.ROOT, "%.1fx", v.speedup()),
            nanos(v.crossingNanos()));
    }

    /** For the candidates table: "migrate, strongly", "not worth it", "unsafe". */
    public static String verdict(Advice a) {
        return a.verdict().words() + (a.strongly() ? ", strongly" : "");
    }

    /** "MIGRATE, strongly recommended · predicted whole run 2.10x"; an unsafe kernel's speed is not worth a number. */
    public static String advice(Advice a) {
        return a.verdict().words().toUpperCase(Locale.ROOT) + (a.strongly() ? ", strongly recommended" : "")
            + (Double.isNaN(a.predictedSpeedup()) || a.verdict() == Advice.Verdict.UNSAFE ? ""      // no gain counts then
                : String.format(Locale.ROOT, "  ·  predicted whole run %.2fx", a.predictedSpeedup()));
    }

    public static String swap(LiveMigration.SwapOutcome o, int waitedSeconds) {
        String head = (o.forced() ? "SWAPPED UNVERIFIED (forced): " : "swapped: ") + CandidateRow.shortName(o.methodKey())
            + " → " + o.kernel();
        return head + (o.firstServedNanos() < 0 ? "; the kernel served no call within " + waitedSeconds + " s"
            : String.format(Locale.ROOT, "; its first call was served %.1f ms after the swap", o.firstServedNanos() / 1e6));
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

    static String nanos(long nanos) {
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
}
