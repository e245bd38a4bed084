package org.oxidizer.agent.api;

/** The facts {@link SwapControlMXBean#swap} and {@link SwapControlMXBean#canary} answer. */
public final class SwapKeys {

    public static final String METHOD = "method";
    public static final String KERNEL = "kernel";
    public static final String FORCED = "forced";
    public static final String SWITCH_NANOS = "switchNanos";

    private SwapKeys() {
    }
}
