package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.core.live.LiveResult;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.match.MigrationCandidate;

/** Prints candidates, verifications and advice as tables a person reads in a terminal. */
final class MigrationPrinter {

    private static final int SHOWN = 12;

    private MigrationPrinter() {
    }

    static void candidates(PrintStream out, List<MigrationCandidate> candidates) {
        out.println();
        out.printf(Locale.ROOT, "%7s %7s  %-60s %s%n", "total%", "self%", "method", "kernel / why not");
        for (MigrationCandidate c : candidates.subList(0, Math.min(SHOWN, candidates.size()))) {
            String kernel = c.kernel().map(k -> k.describe()).orElse("— " + String.join("; ", c.reasons()));
            out.printf(Locale.ROOT, "%7.1f %7.1f  %-60s %s%n", c.totalPercent(), c.selfPercent(), clip(c.frame(), 60), kernel);
        }
        if (candidates.size() > SHOWN) {
            out.println("  … " + (candidates.size() - SHOWN) + " more");
        }
    }

    /**
     * @param shortfall   why fewer calls were captured than asked for, or empty
     * @param captureCost what capturing cost the method's calls, or empty
     */
    static void verification(PrintStream out, Verification v, String shortfall, String captureCost) {
        out.println("verification: " + v.summary());
        if (!shortfall.isEmpty()) {
            out.println("  (" + shortfall + ")");
        }
        out.println("  " + v.timing());
        if (!captureCost.isEmpty()) {
            out.println("  " + captureCost);
        }
        if (v.mismatch() != null) {
            out.println("  FIRST MISMATCH on captured call " + v.mismatch().call() + " at " + v.mismatch().where());
            out.println("    input   " + v.mismatch().input());
            out.println("    Java    " + v.mismatch().javaOutput());
            out.println("    kernel  " + v.mismatch().kernelOutput());
        }
    }

    static void advice(PrintStream out, Advice a) {
        out.println("advisor: " + a.headline());
        a.reasons().forEach(r -> out.println("  - " + r));
    }

    /** One in-place reading: "  12.0 s  swapped   61.2 calls/s  kernel 16.1 ms/call  CPU 104%". */
    static void reading(PrintStream out, InPlaceMeter.Point p) {
        String perCall = !Double.isNaN(p.kernelNanosPerCall()) ? "kernel " + Figures.nanos((long) p.kernelNanosPerCall()) + "/call"
            : !Double.isNaN(p.javaNanosPerCall()) ? "Java " + Figures.nanos((long) p.javaNanosPerCall()) + "/call" : "no call";
        out.printf(Locale.ROOT, "  %6.1f s  %-8s %8.1f calls/s  %-24s CPU %s%n", p.seconds(), p.mode(), p.callsPerSecond(),
            perCall, Double.isNaN(p.cpuPercent()) ? "-" : String.format(Locale.ROOT, "%.0f%%", p.cpuPercent()));
    }

    /** The prediction and what the swap delivered, side by side. */
    static void predictionAgainstInPlace(PrintStream out, LiveResult r) {
        RouteStatus s = r.meter().status();
        out.println(s.inPlaceSummary());
        out.printf(Locale.ROOT, "  process CPU %s before, %s after; the method ran %s before, %s after%n",
            percent(r.meter().medianCpuPercent("observe")), percent(r.meter().medianCpuPercent("swapped")),
            rate(r.meter().callsPerSecond("observe")), rate(r.meter().callsPerSecond("swapped")));
        out.printf(Locale.ROOT, "  kernel speedup: predicted (A/B on captured calls) %s; in place %s%n",
            r.verification().ratio().describe("pairs"), s.inPlace().describe("calls"));
        out.printf(Locale.ROOT, "  whole run: %s; measured in place (the method's calls/s after / before) %s%s%n",
            r.advice().prediction(), Double.isNaN(r.measuredWholeRun()) ? "not measured"
                : String.format(Locale.ROOT, "%.2fx", r.measuredWholeRun()),
            Double.isNaN(r.predictionError()) ? "" : String.format(Locale.ROOT, "; the prediction was %+.0f%% off",
                100 * r.predictionError()));
        String latency = r.meter().latencySentence();
        if (!latency.isEmpty()) {
            out.println("  " + latency);
        }
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f calls/s", value);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
