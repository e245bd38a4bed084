package org.oxidizer.core.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * Turns a candidate, its verification and its live call rate into a verdict with reasons. The verdict follows
 * the A/B measurement's interval: no verdict either way when the interval spans 1, "strongly" only when the
 * predicted whole-run gain is large and its low end still clearly above 1; never when any captured answer differs.
 */
public final class Advisor {

    /** Below this predicted whole-run gain a migration is not worth its native dependency. */
    static final double MIN_GAIN = 1.05;
    /** A kernel that is not this much faster than Java on the captured calls is not worth it. */
    static final double MIN_KERNEL_SPEEDUP = 1.2;
    /** Warn when one crossing costs more than this share of the Java method's time per call. */
    static final double BOUNDARY_WARNING_SHARE = 0.10;

    private Advisor() {
    }

    /** "Strongly recommended" needs this predicted whole-run gain ... */
    static final double STRONG_GAIN = 1.5;
    /** ... and this much at the low end of its 95% interval. */
    static final double STRONG_GAIN_LOW = 1.2;

    /**
     * @param verification null before any verification
     * @param status the method's live counters (calls per second), or null
     */
    public static Advice advise(MigrationCandidate candidate, Verification verification, RouteStatus status) {
        List<String> reasons = new ArrayList<>();
        double threadShare = status == null ? Double.NaN : status.threadShare();
        double share = Double.isNaN(threadShare) ? candidate.totalPercent() / 100 : threadShare;
        String shareWords = Double.isNaN(threadShare) ? String.format(Locale.ROOT, "%.1f%% of the profile", candidate.totalPercent())
            : String.format(Locale.ROOT, "%.1f%% of its callers' time (agent timers; %.1f%% of the CPU profile)", 100 * threadShare,
                candidate.totalPercent());
        SpeedRatio ratio = verification == null ? SpeedRatio.none() : verification.ratio();
        double kernelSpeedup = ratio.estimate();
        double predicted = amdahl(share, kernelSpeedup);
        double predictedLow = amdahl(share, ratio.low());
        double predictedHigh = amdahl(share, ratio.high());
        double callsPerSecond = status == null ? 0 : status.callsPerSecond();
        long crossing = verification == null ? 0 : verification.crossingNanos();
        double javaPerCall = verification == null ? 0 : verification.measurement().javaMedianNanos();
        double boundaryShare = javaPerCall > 0 ? crossing / javaPerCall : 0;
        String warning = boundaryShare > BOUNDARY_WARNING_SHARE ? String.format(Locale.ROOT,
            "called %s times/s, each crossing costs ~%s while the Java method takes ~%s per call: batch the data",
            rate(callsPerSecond), nanos(crossing), nanos((long) javaPerCall)) : null;

        Advice.Verdict verdict = Advice.Verdict.MIGRATE;
        if (!candidate.replaceable()) {
            verdict = Advice.Verdict.UNSAFE;
            reasons.addAll(candidate.reasons());
        }
        if (verification != null && !verification.passed()) {
            verdict = Advice.Verdict.UNSAFE;
            reasons.add(0, verification.mismatch() == null ? "the kernel was not verified on any call"
                : "the kernel's answer differs from Java's on captured call " + verification.mismatch().call()
                    + " at " + verification.mismatch().where());
        }
        if (verdict == Advice.Verdict.MIGRATE) {
            if (verification == null) {
                verdict = Advice.Verdict.NOT_MEASURED;
                reasons.add("not verified yet: capture calls and verify before deciding");
            } else if (!ratio.measured()) {
                verdict = Advice.Verdict.NOT_MEASURED;
                reasons.add("the answers agree, but Java and the kernel were not timed side by side: "
                    + verification.measurement().unavailable());
            } else if (!ratio.hasInterval()) {
                verdict = Advice.Verdict.NOT_MEASURED;
                reasons.add(String.format(Locale.ROOT, "only %d timed pairs (%.2fx): too few for a 95%% interval;"
                    + " give the measurement more time or capture more calls", ratio.count(), kernelSpeedup));
            } else if (!ratio.measurable()) {
                verdict = Advice.Verdict.NO_MEASURABLE_DIFFERENCE;
                reasons.add("on the captured calls the kernel is " + ratio.describe("pairs"));
            } else if (ratio.high() < 1) {
                verdict = Advice.Verdict.NOT_WORTH_IT;
                reasons.add("the kernel is slower than the Java method on the captured calls: " + ratio.describe("pairs"));
            } else if (kernelSpeedup < MIN_KERNEL_SPEEDUP) {
                verdict = Advice.Verdict.NOT_WORTH_IT;
                reasons.add(String.format(Locale.ROOT, "the kernel is only %.2fx the Java method on the captured calls", kernelSpeedup));
            } else if (predicted < MIN_GAIN) {
                verdict = Advice.Verdict.NOT_WORTH_IT;
                reasons.add(String.format(Locale.ROOT, "the method takes %s, so even a %.1fx kernel"
                    + " predicts only %.2fx for the whole run", shareWords, kernelSpeedup, predicted));
            } else {
                reasons.add(String.format(Locale.ROOT, "the method takes %s and runs %.2fx faster in the kernel"
                    + " (95%% interval %.2fx-%.2fx): %.2fx predicted for the whole run (%.2fx-%.2fx)", shareWords,
                    kernelSpeedup, ratio.low(), ratio.high(), predicted, predictedLow, predictedHigh));
            }
            if (warning != null && boundaryShare > 0.5 && verdict == Advice.Verdict.MIGRATE) {
                verdict = Advice.Verdict.NOT_WORTH_IT;
            }
        }
        if (warning != null) {
            reasons.add(warning);
        }
        boolean strongly = verdict == Advice.Verdict.MIGRATE && predicted >= STRONG_GAIN && predictedLow >= STRONG_GAIN_LOW;
        return new Advice(verdict, strongly, predicted, predictedLow, predictedHigh, ratio, callsPerSecond, crossing,
            boundaryShare, warning, reasons);
    }

    /** Whole-run speedup when {@code share} of it runs {@code speedup} times faster; NaN for NaN. */
    public static double amdahl(double share, double speedup) {
        return Double.isNaN(speedup) || speedup <= 0 ? Double.NaN : 1 / ((1 - share) + share / speedup);
    }

    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String nanos(long nanos) {
        if (nanos >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        if (nanos >= 1_000) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        return nanos + " ns";
    }
}
