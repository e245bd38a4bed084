package org.oxidizer.agent.api;

/** The facts {@link SwapControlMXBean#verify} answers: captured calls replayed through a kernel and compared with Java's. */
public final class VerificationKeys {

    public static final String KERNEL = "kernel";
    public static final String PARAMETERS = "parameters";
    public static final String TOLERANCE = "tolerance";
    public static final String CALLS = "calls";
    public static final String IDENTICAL = "identical";
    public static final String PASSED = "passed";
    public static final String JAVA_NANOS = "javaNanos";
    public static final String KERNEL_NANOS = "kernelNanos";
    /** The cheapest kernel call seen: what crossing the boundary costs at least. */
    public static final String CROSSING_NANOS = "crossingNanos";
    /** Swapped without a passing verification. */
    public static final String FORCED = "forced";
    /** Calls still to verify before a swap asked for at start-up takes over. */
    public static final String PENDING = "pending";
    public static final String MISMATCH_CALL = "mismatch.call";
    public static final String MISMATCH_WHERE = "mismatch.where";
    public static final String MISMATCH_INPUT = "mismatch.input";
    public static final String MISMATCH_JAVA = "mismatch.java";
    public static final String MISMATCH_KERNEL = "mismatch.kernel";

    private VerificationKeys() {
    }
}
