package org.oxidizer.core.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * One woven method in a running target, as its agent counts it.
 *
 * @param mode        observe, shadow, canary or swapped
 * @param calls       all calls since it was woven
 * @param observedNanos time since it was woven
 * @param captureCostNanos time the observed calls spent copying arguments and keeping answers
 * @param capturedJavaNanos time those calls spent in the Java method itself
 * @param captureDone   the capture has all the calls it asked for, or ran out of its memory budget first
 * @param javaTimes     the agent's timers on calls the Java body served
 * @param kernelTimes   the agent's timers on calls the kernel served
 * @param captureRefused why the capture gave up without a call (each is larger than its whole budget), or null
 * @param heldNanos     time the method's callers were held at its entry while it was measured A/B
 * @param holding       its callers are held right now
 * @param holds         how many holds have begun (a reading's window in which it changed had one)
 */
public record RouteStatus(String method, String mode, String kernel, boolean woven, long calls, long servedByKernel,
                          long fallbacks, long observedNanos, int captured, int captureMax, boolean captureDone,
                          long captureCostNanos, long capturedJavaNanos, long shadowCompared,
                          long shadowDisagreed, List<String> shadowExamples, Verification verification,
                          CallTimes javaTimes, CallTimes kernelTimes, int callerThreads, long firstToLastCallNanos,
                          String captureRefused, long heldNanos, boolean holding, long holds) {

    /**
     * Per-call times of one side as the agent's timers on the routed method took them.
     *
     * @param calls  calls timed (all, or one in 16 for calls under 20 µs)
     * @param nanos  their total time
     * @param recent the latest per-call times, oldest first
     * @param busyNanos all calls' time, the untimed ones counted at the timed ones' mean
     */
    public record CallTimes(long calls, long nanos, long[] recent, long busyNanos,
                            org.oxidizer.core.stats.LatencyHistogram histogram) {

        public CallTimes(long calls, long nanos, long[] recent, long busyNanos) {
            this(calls, nanos, recent, busyNanos, org.oxidizer.core.stats.LatencyHistogram.EMPTY);
        }

        public static CallTimes none() {
            return new CallTimes(0, 0, new long[0], 0);
        }

        static CallTimes from(Facts p, String prefix) {
            long[] recent = org.oxidizer.core.stats.ABMeasurement.longs(p.get(prefix + RouteKeys.TIMED_RECENT));
            return new CallTimes(p.number(prefix + RouteKeys.TIMED_CALLS), p.number(prefix + RouteKeys.TIMED_NANOS), recent,
                p.number(prefix + RouteKeys.TIMED_BUSY_NANOS),
                org.oxidizer.core.stats.LatencyHistogram.decode(p.get(prefix + RouteKeys.TIMED_HISTOGRAM)));
        }

        public long medianNanos() {
            return recent.length == 0 ? 0 : Math.round(org.oxidizer.core.bench.Medians.median(recent));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CallTimes t && calls == t.calls && nanos == t.nanos && busyNanos == t.busyNanos
                && java.util.Arrays.equals(recent, t.recent);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(calls, nanos, java.util.Arrays.hashCode(recent));
        }
    }

    public RouteStatus {
        shadowExamples = List.copyOf(shadowExamples);
    }

    /** Calls per second over the time the method has been woven. */
    public double callsPerSecond() {
        return observedNanos > 0 ? calls * 1e9 / observedNanos : 0;
    }

    /**
     * Share of its callers' time the method takes while Java serves it: all Java calls' time over the time from its
     * first call to its last since it was woven (less the time its callers were held while it was measured), per
     * calling thread, at most 1; NaN before two timed calls. This, not the share of CPU samples
     * (which counts the JIT's and GC's threads too), is what a faster method body shortens.
     */
    public double threadShare() {
        if (javaTimes.busyNanos() == 0 || firstToLastCallNanos <= 0 || javaTimes.calls() < 2) {
            return Double.NaN;
        }
        // the last call's own time lies past the window's end: count the calls before it; and the callers' wait
        // while the method was measured is no part of their time
        double busy = javaTimes.busyNanos() * (javaTimes.calls() - 1.0) / javaTimes.calls();
        double window = firstToLastCallNanos - heldNanos;
        return window <= 0 ? Double.NaN : Math.min(1, busy / window / Math.max(1, callerThreads));
    }

    /** What capturing added to the observed calls, as a share of their own time; NaN before any. */
    public double captureOverhead() {
        return capturedJavaNanos > 0 ? (double) captureCostNanos / capturedJavaNanos : Double.NaN;
    }

    /** "capturing cost 1.2% on top of the captured calls' own time; the method runs 14.2 times/s"; empty before any. */
    public String captureCost() {
        return Double.isNaN(captureOverhead()) ? "" : String.format(Locale.ROOT,
            "capturing cost %.1f%% on top of the captured calls' own time; the method runs %.1f times/s",
            100 * captureOverhead(), callsPerSecond());
    }

    /**
     * The gain measured in place: the latest calls the Java body served against the latest the kernel served,
     * from the agent's timers on the method; "not measured" until both sides have calls.
     */
    public SpeedRatio inPlace() {
        return javaTimes.recent().length == 0 || kernelTimes.recent().length == 0 ? SpeedRatio.none()
            : SpeedRatio.independent(javaTimes.recent(), kernelTimes.recent());
    }

    /** "in place: Java 31.2 ms per call (256 latest), kernel 15.6 ms (256 latest): 2.00x (95% interval ...)". */
    public String inPlaceSummary() {
        if (javaTimes.recent().length == 0 || kernelTimes.recent().length == 0) {
            return "in place: " + (javaTimes.recent().length == 0 ? "no call timed in Java yet" : "no call served by the kernel yet");
        }
        return String.format(Locale.ROOT, "in place: Java %s per call (median of %d latest), kernel %s (median of %d latest): %s",
            Figures.nanos(javaTimes.medianNanos()), javaTimes.recent().length, Figures.nanos(kernelTimes.medianNanos()),
            kernelTimes.recent().length, inPlace().describe("calls"));
    }

    /** "shadow: 200 live calls compared, 0 disagreed", with the first disagreement when there is one. */
    public String shadowSummary() {
        return String.format(Locale.ROOT, "shadow: %,d live calls compared, %,d disagreed%s", shadowCompared, shadowDisagreed,
            shadowExamples.isEmpty() ? "" : "; first: " + shadowExamples.get(0));
    }

    static RouteStatus from(String method, Facts p) {
        List<String> examples = new ArrayList<>();
        for (int i = 0; p.has(RouteKeys.SHADOW_EXAMPLE + i); i++) {
            examples.add(p.get(RouteKeys.SHADOW_EXAMPLE + i));
        }
        Facts v = p.section(RouteKeys.VERIFICATION);
        return new RouteStatus(method, p.get(RouteKeys.MODE), p.get(RouteKeys.KERNEL), p.flag(RouteKeys.WOVEN),
            p.number(RouteKeys.CALLS), p.number(RouteKeys.SERVED_BY_KERNEL), p.number(RouteKeys.FALLBACKS),
            p.number(RouteKeys.OBSERVED_NANOS), p.integer(RouteKeys.CAPTURED), p.integer(RouteKeys.CAPTURE_MAX),
            p.flag(RouteKeys.CAPTURE_DONE), p.number(RouteKeys.CAPTURE_COST_NANOS), p.number(RouteKeys.CAPTURED_JAVA_NANOS),
            p.number(RouteKeys.SHADOW_COMPARED), p.number(RouteKeys.SHADOW_DISAGREED), examples,
            v.has(VerificationKeys.CALLS) ? Verification.from(method, v) : null,
            CallTimes.from(p, RouteKeys.TIMING_JAVA), CallTimes.from(p, RouteKeys.TIMING_KERNEL), p.integer(RouteKeys.CALLER_THREADS),
            p.number(RouteKeys.FIRST_TO_LAST_CALL_NANOS), p.get(RouteKeys.CAPTURE_REFUSED),
            p.number(RouteKeys.HELD_NANOS), p.flag(RouteKeys.HOLDING), p.number(RouteKeys.HOLDS));
    }
}
