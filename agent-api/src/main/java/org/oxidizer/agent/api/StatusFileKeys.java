package org.oxidizer.agent.api;

/**
 * The status file the agent leaves when a launched target exits ({@link AgentOptionKeys#STATUS}): which
 * profiler event ran, what was swapped, and the process's own CPU time and peak RSS at the last moment.
 */
public final class StatusFileKeys {

    public static final String PROFILE_SAMPLES = "profile.samples";
    public static final String PROFILE_EVENT = "profile.event";
    public static final String PROFILE_FALLBACK_REASON = "profile.fallbackReason";
    /** Why native memory was not recorded although asked for (the platform refused async-profiler's nativemem). */
    public static final String PROFILE_NATIVEMEM_REFUSED = "profile.nativememRefused";
    public static final String PROFILE_COLLAPSED = "profile.collapsed";
    public static final String PROFILE_JFR = "profile.jfr";
    public static final String PROFILE_ERROR = "profile.error";
    public static final String PROCESS_CPU_NANOS = "process.cpuNanos";
    public static final String PROCESS_CPU_ERROR = "process.cpuError";
    public static final String PROCESS_PEAK_RSS_BYTES = "process.peakRssBytes";
    public static final String PROCESS_PEAK_RSS_ERROR = "process.peakRssError";
    /** How many swapped methods follow, each under {@link #swap(int)}. */
    public static final String SWAPS = "swaps";

    /** Fields of one swapped method, in the order {@code MethodSwapper.describe()} gives them. */
    public static final String SWAP_METHOD = "method";
    public static final String SWAP_KERNEL = "kernel";
    public static final String SWAP_MODE = "mode";
    public static final String SWAP_WOVEN = "woven";
    /** Calls the kernel served. */
    public static final String SWAP_CALLS = "calls";
    public static final String SWAP_FALLBACKS = "fallbacks";
    /** All calls of the method, Java-served ones (while verifying) included. */
    public static final String SWAP_METHOD_CALLS = "methodCalls";
    public static final String SWAP_VERIFIED_CALLS = "verification.calls";
    public static final String SWAP_IDENTICAL_CALLS = "verification.identical";
    public static final String SWAP_MISMATCH = "verification.mismatch";
    /** The agent's timers on the method's Java calls (keys {@code RouteKeys.TIMED_*}): what a swap would shorten. */
    public static final String SWAP_JAVA_CALLS = "timing.java.calls";
    public static final String SWAP_JAVA_BUSY_NANOS = "timing.java.busyNanos";
    public static final String SWAP_JAVA_FIRST = "timing.java.first";
    public static final String SWAP_CALLER_THREADS = "callerThreads";
    /** Prefix of the A/B measurement's facts, keys as the {@code AB_} ones of {@link VerificationKeys}. */
    public static final String SWAP_VERIFICATION = "verification.";
    /** The A/B measurement's fields of one swapped method, under {@link #SWAP_VERIFICATION}. */
    public static final String[] SWAP_AB_FIELDS = {VerificationKeys.AB_JAVA, VerificationKeys.AB_KERNEL,
        VerificationKeys.AB_WARMUP_PASSES, VerificationKeys.AB_STEADY, VerificationKeys.AB_PASSES,
        VerificationKeys.AB_BUDGET_NANOS, VerificationKeys.AB_SPENT_NANOS, VerificationKeys.AB_UNAVAILABLE,
        VerificationKeys.SETUP_NANOS, VerificationKeys.COMPARE_NANOS, VerificationKeys.NOT_CAPTURED};

    private static final String[] SWAP_FIELDS = {SWAP_METHOD, SWAP_KERNEL, SWAP_MODE, SWAP_WOVEN, SWAP_CALLS,
        SWAP_FALLBACKS, SWAP_METHOD_CALLS, SWAP_VERIFIED_CALLS, SWAP_IDENTICAL_CALLS, SWAP_MISMATCH,
        SWAP_VERIFICATION + VerificationKeys.AB_JAVA, SWAP_VERIFICATION + VerificationKeys.AB_KERNEL,
        SWAP_VERIFICATION + VerificationKeys.AB_WARMUP_PASSES, SWAP_VERIFICATION + VerificationKeys.AB_STEADY,
        SWAP_VERIFICATION + VerificationKeys.AB_PASSES, SWAP_VERIFICATION + VerificationKeys.AB_BUDGET_NANOS,
        SWAP_VERIFICATION + VerificationKeys.AB_SPENT_NANOS, SWAP_VERIFICATION + VerificationKeys.AB_UNAVAILABLE,
        SWAP_VERIFICATION + VerificationKeys.SETUP_NANOS, SWAP_VERIFICATION + VerificationKeys.COMPARE_NANOS,
        SWAP_VERIFICATION + VerificationKeys.NOT_CAPTURED,
        SWAP_JAVA_CALLS, SWAP_JAVA_BUSY_NANOS, SWAP_JAVA_FIRST, SWAP_CALLER_THREADS};

    private StatusFileKeys() {
    }

    /** The prefix of the {@code index}-th swapped method's fields: {@code swap.0.}. */
    public static String swap(int index) {
        return "swap." + index + ".";
    }

    public static String[] swapFields() {
        return SWAP_FIELDS.clone();
    }
}
