package org.oxidizer.agent.api;

/** The facts {@link SwapControlMXBean#status} and {@link SwapControlMXBean#observe} answer about one woven method. */
public final class RouteKeys {

    public static final String METHOD = "method";
    /** observe, shadow, canary or swapped. */
    public static final String MODE = "mode";
    public static final String KERNEL = "kernel";
    public static final String WOVEN = "woven";
    /** All calls since the method was woven. */
    public static final String CALLS = "calls";
    public static final String SERVED_BY_KERNEL = "servedByKernel";
    public static final String FALLBACKS = "fallbacks";
    /** Time since the method was woven. */
    public static final String OBSERVED_NANOS = "observedNanos";
    public static final String FIRST_TO_LAST_CALL_NANOS = "firstToLastCallNanos";
    public static final String CANARY_PERCENT = "canaryPercent";
    public static final String SHADOW_COMPARED = "shadow.compared";
    public static final String SHADOW_DISAGREED = "shadow.disagreed";
    /** Followed by 0, 1, ...: the first disagreements, one line each. */
    public static final String SHADOW_EXAMPLE = "shadow.example.";
    public static final String CAPTURED = "captured";
    public static final String CAPTURE_MAX = "captureMax";
    public static final String CAPTURE_BYTES = "captureBytes";
    /** The capture has all the calls it asked for, or ran out of its memory budget first. */
    public static final String CAPTURE_DONE = "captureDone";
    /** Time the observed calls spent copying arguments and keeping answers. */
    public static final String CAPTURE_COST_NANOS = "captureCostNanos";
    /** Time the captured calls spent in the Java method itself. */
    public static final String CAPTURED_JAVA_NANOS = "capturedJavaNanos";
    public static final String CAPTURE_SKIPPED_FOR_SIZE = "captureSkippedForSize";
    /** Why the capture gave up without a call (every call is larger than its whole budget), one sentence. */
    public static final String CAPTURE_REFUSED = "captureRefused";
    /**
     * The agent's own timers on the routed method: {@code timing.java.} or {@code timing.kernel.} followed by
     * {@link #TIMED_CALLS} (calls timed), {@link #TIMED_NANOS} (their total time) and {@link #TIMED_RECENT} (the
     * latest per-call times, comma-separated nanos). Java calls are timed without the capture's own copying.
     */
    public static final String TIMING_JAVA = "timing.java.";
    public static final String TIMING_KERNEL = "timing.kernel.";
    public static final String TIMED_CALLS = "calls";
    public static final String TIMED_NANOS = "nanos";
    public static final String TIMED_RECENT = "recent";
    /** Every timed call's time as a histogram ({@link LatencyBuckets}): the per-call distribution since weaving. */
    public static final String TIMED_HISTOGRAM = "histogram";
    /** Time all calls of that side took, the untimed ones counted at the timed ones' mean. */
    public static final String TIMED_BUSY_NANOS = "busyNanos";
    /** The first calls' times (up to 16), comma-separated nanos: the JIT's warm-up, which a swap at launch keeps. */
    public static final String TIMED_FIRST = "first";
    /** Time the application's calls of the method were held at its entry while it was measured A/B. */
    public static final String HELD_NANOS = "heldNanos";
    /** The method's calls are being held right now (an A/B measurement runs). */
    public static final String HOLDING = "holding";
    /** How many holds have begun: a reading's window in which it changed had a hold in it, however short. */
    public static final String HOLDS = "holds";
    /** Distinct threads that called the method (counted up to 64). */
    public static final String CALLER_THREADS = "callerThreads";
    /** Prefix of the method's last verification, keys as in {@link VerificationKeys}. */
    public static final String VERIFICATION = "verification.";

    /** What one capture may keep of arguments and answers when the caller gives no budget. */
    public static final long DEFAULT_CAPTURE_BYTES = 64L * 1024 * 1024;

    private RouteKeys() {
    }
}
