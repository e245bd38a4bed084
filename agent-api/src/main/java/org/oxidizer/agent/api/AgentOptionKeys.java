package org.oxidizer.agent.api;

/**
 * The agent's option string, {@code key=value} parts joined by {@link #SEPARATOR}: what the workbench passes to
 * {@code -javaagent:oxidizer-agent.jar=...} or to the Attach API's {@code loadAgent}.
 */
public final class AgentOptionKeys {

    public static final String SEPARATOR = ",";

    /** async-profiler event: cpu, wall, alloc, lock. */
    public static final String EVENT = "event";
    public static final String INTERVAL = "interval";
    /** Also record native memory (async-profiler's {@code nativemem}) into the JFR recording: a malloc about every N bytes, 0 for each. */
    public static final String NATIVEMEM = "nativemem";
    /** Collapsed stacks are written here at exit (and every {@link #SNAPSHOT} seconds while running). */
    public static final String COLLAPSED = "collapsed";
    public static final String SNAPSHOT = "snapshot";
    public static final String JFR = "jfr";
    /** The status file, keys in {@link StatusFileKeys}. */
    public static final String STATUS = "status";
    /** {@code Class#method[descriptor]@kernel}: swap before {@code main}; repeatable. */
    public static final String SWAP = "swap";
    /** Calls to verify before a start-up swap takes over. */
    public static final String VERIFY = "verify";
    /** {@code Class#method[descriptor]@kernel}: only time the method's calls (the agent's timers), no kernel; repeatable. */
    public static final String OBSERVE = "observe";
    /**
     * {@code true}: a prediction run. Each swap is verified and measured A/B for {@link #MEASURE} ms on the
     * application's thread, never served; then the status file is written and the JVM halts.
     */
    public static final String MEASURE_ONLY = "measureOnly";
    /** Milliseconds of A/B measurement after an at-launch verification passed (0: none). */
    public static final String MEASURE = "measure";
    /** A jar of further kernels for the catalog. */
    public static final String KERNELS = "kernels";

    private AgentOptionKeys() {
    }
}
