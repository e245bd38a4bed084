package org.oxidizer.agent.api;

/**
 * The status file the agent leaves when a launched target exits ({@link AgentOptionKeys#STATUS}): which
 * profiler event ran, what was swapped, and the process's own CPU time and peak RSS at the last moment.
 */
public final class StatusFileKeys {

    public static final String PROFILE_SAMPLES = "profile.samples";
    public static final String PROFILE_EVENT = "profile.event";
    public static final String PROFILE_FALLBACK_REASON = "profile.fallbackReason";
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
    public static final String SWAP_JAVA_NANOS = "verification.javaNanos";
    public static final String SWAP_KERNEL_NANOS = "verification.kernelNanos";

    private static final String[] SWAP_FIELDS = {SWAP_METHOD, SWAP_KERNEL, SWAP_MODE, SWAP_WOVEN, SWAP_CALLS,
        SWAP_FALLBACKS, SWAP_METHOD_CALLS, SWAP_VERIFIED_CALLS, SWAP_IDENTICAL_CALLS, SWAP_MISMATCH, SWAP_JAVA_NANOS,
        SWAP_KERNEL_NANOS};

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
