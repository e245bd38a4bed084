package org.oxidizer.agent.api;

/** The facts {@link SwapControlMXBean#verify} answers: captured calls replayed through a kernel and compared with Java's. */
public final class VerificationKeys {

    public static final String KERNEL = "kernel";
    public static final String PARAMETERS = "parameters";
    public static final String TOLERANCE = "tolerance";
    public static final String CALLS = "calls";
    public static final String IDENTICAL = "identical";
    public static final String PASSED = "passed";
    /** The cheapest kernel call seen: what crossing the boundary costs at least. */
    public static final String CROSSING_NANOS = "crossingNanos";
    /** Swapped without a passing verification. */
    public static final String FORCED = "forced";
    /** Calls still to verify before a swap asked for at start-up takes over. */
    public static final String PENDING = "pending";
    /**
     * The A/B measurement that follows a passing comparison: the original Java body and the kernel, replayed in
     * alternation on one thread over the captured calls, warmed first. Per-pair times are comma-separated nanos,
     * the i-th Java time paired with the i-th kernel time (same input, adjacent in time).
     */
    public static final String AB_JAVA = "ab.javaNanos";
    public static final String AB_KERNEL = "ab.kernelNanos";
    /** Passes over all captured calls spent warming both sides, and whether their times had settled. */
    public static final String AB_WARMUP_PASSES = "ab.warmupPasses";
    public static final String AB_STEADY = "ab.steady";
    public static final String AB_PASSES = "ab.passes";
    public static final String AB_BUDGET_NANOS = "ab.budgetNanos";
    /** The application's calls of the method waited at its entry while it was measured (a live verification). */
    public static final String AB_CALLERS_HELD = "ab.callersHeld";
    public static final String AB_SPENT_NANOS = "ab.spentNanos";
    /** Why no A/B measurement was made, one sentence (the Java body could not be replayed, the budget was 0...). */
    public static final String AB_UNAVAILABLE = "ab.unavailable";
    /** What an at-launch swap cost the application before the kernel served: binding, library load, warm-up, weaving. */
    public static final String SETUP_NANOS = "setupNanos";
    /** The comparison of the captured calls' answers, on the application's thread. */
    public static final String COMPARE_NANOS = "compareNanos";
    /** Why no call could be captured to verify on, one sentence. */
    public static final String NOT_CAPTURED = "notCaptured";
    public static final String MISMATCH_CALL = "mismatch.call";
    public static final String MISMATCH_WHERE = "mismatch.where";
    public static final String MISMATCH_INPUT = "mismatch.input";
    public static final String MISMATCH_JAVA = "mismatch.java";
    public static final String MISMATCH_KERNEL = "mismatch.kernel";

    private VerificationKeys() {
    }
}
