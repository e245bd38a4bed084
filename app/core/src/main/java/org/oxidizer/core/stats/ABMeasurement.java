package org.oxidizer.core.stats;

import java.util.Arrays;
import java.util.Locale;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.report.Figures;

/**
 * The agent's A/B measurement on captured calls: per pair, the Java body's and the kernel's time on the same
 * input, back to back on one thread, after warm-up passes.
 *
 * @param unavailable why there is no measurement, one sentence; null when there is one
 */
public record ABMeasurement(long[] javaNanos, long[] kernelNanos, int warmupPasses, boolean steady, int passes,
                            long budgetNanos, long spentNanos, String unavailable) {

    public static ABMeasurement none(String why) {
        return new ABMeasurement(new long[0], new long[0], 0, false, 0, 0, 0, why);
    }

    /** Reads the {@link VerificationKeys} A/B facts; "not measured" when the agent sent none. */
    public static ABMeasurement from(Facts facts) {
        long[] java = longs(facts.get(VerificationKeys.AB_JAVA, ""));
        long[] kernel = longs(facts.get(VerificationKeys.AB_KERNEL, ""));
        String why = facts.get(VerificationKeys.AB_UNAVAILABLE);
        if (why == null && java.length == 0) {
            why = "the agent made no A/B measurement";
        }
        return new ABMeasurement(java, kernel, facts.has(VerificationKeys.AB_WARMUP_PASSES) ? facts.integer(VerificationKeys.AB_WARMUP_PASSES) : 0,
            facts.flag(VerificationKeys.AB_STEADY), facts.has(VerificationKeys.AB_PASSES) ? facts.integer(VerificationKeys.AB_PASSES) : 0,
            facts.has(VerificationKeys.AB_BUDGET_NANOS) ? facts.number(VerificationKeys.AB_BUDGET_NANOS) : 0,
            facts.has(VerificationKeys.AB_SPENT_NANOS) ? facts.number(VerificationKeys.AB_SPENT_NANOS) : 0, why);
    }

    public boolean available() {
        return unavailable == null && javaNanos.length > 0;
    }

    /** How many times faster the kernel is than the Java body on these calls, with its 95% interval. */
    public SpeedRatio ratio() {
        return available() ? SpeedRatio.paired(javaNanos, kernelNanos) : SpeedRatio.none();
    }

    public long javaMedianNanos() {
        return median(javaNanos);
    }

    public long kernelMedianNanos() {
        return median(kernelNanos);
    }

    /**
     * "A/B on the captured calls, 60 pairs after 4 warm-up passes: Java 31.2 ms, kernel 15.8 ms per call (medians):
     * 1.97x (95% interval 1.90x-2.05x, 60 pairs)", or why there is none.
     */
    public String describe() {
        if (!available()) {
            return "no A/B measurement: " + unavailable;
        }
        return String.format(Locale.ROOT, "A/B on the captured calls, %d pairs after %d warm-up passes%s, %s: Java %s,"
                + " kernel %s per call (medians): %s", javaNanos.length, warmupPasses, steady ? "" : " (times had not settled)",
            Figures.nanos(spentNanos) + " in all", Figures.nanos(javaMedianNanos()), Figures.nanos(kernelMedianNanos()),
            ratio().describe("pairs"));
    }

    private static long median(long[] values) {
        return values.length == 0 ? 0 : Math.round(org.oxidizer.core.bench.Medians.median(values));
    }

    /** Comma-separated numbers, as the agent writes per-call times; empty for null or blank. */
    public static long[] longs(String text) {
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        return Arrays.stream(text.split(",")).mapToLong(s -> Long.parseLong(s.trim())).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ABMeasurement m && Arrays.equals(javaNanos, m.javaNanos) && Arrays.equals(kernelNanos, m.kernelNanos)
            && warmupPasses == m.warmupPasses && steady == m.steady && passes == m.passes && budgetNanos == m.budgetNanos
            && spentNanos == m.spentNanos && java.util.Objects.equals(unavailable, m.unavailable);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(Arrays.hashCode(javaNanos), Arrays.hashCode(kernelNanos), warmupPasses, unavailable);
    }

    @Override
    public String toString() {
        return describe();
    }
}
