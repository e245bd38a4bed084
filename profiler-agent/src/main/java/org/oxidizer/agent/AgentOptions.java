package org.oxidizer.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.oxidizer.agent.api.AgentOptionKeys;

/**
 * The agent's argument string, in async-profiler's own style: comma-separated {@code key=value}.
 * {@code event=cpu,interval=10ms,collapsed=/tmp/p.collapsed,jfr=/tmp/p.jfr,snapshot=2s,status=/tmp/s.properties,
 * swap=org.acme.Texts#extract@extract_and_aggregate,verify=3,kernels=/opt/k.jar}. {@code swap} may repeat.
 * {@code verify=N} captures N calls of each swapped method, replays them through the kernel and swaps
 * only if every answer is identical ({@code verify=0} swaps at once, unverified). {@code kernels} adds
 * kernel jars (separated by the path separator) to the catalog. With no option at all the agent only
 * registers its MXBean, which is how an attach starts.
 */
public final class AgentOptions {

    private final String event;
    private final String interval;
    private final String collapsedFile;
    private final String jfrFile;
    private final int snapshotSeconds;
    private final String statusFile;
    private final List<SwapSpec> swaps;
    private final int verifyCalls;
    private final String kernelPath;
    private final long measureMillis;
    private final List<SwapSpec> observed;
    private final boolean measureOnly;
    /** async-profiler's nativemem interval, recorded beside the event into the JFR; null for none. */
    private String nativemem;

    /** Calls captured and verified before an at-launch swap when {@code verify} is not given. */
    public static final int DEFAULT_VERIFY_CALLS = 3;
    /** A/B measurement after an at-launch verification passed, when {@code measure} is not given. */
    public static final long DEFAULT_MEASURE_MILLIS = 1_000;

    private AgentOptions(String event, String interval, String collapsedFile, String jfrFile, int snapshotSeconds,
                         String statusFile, List<SwapSpec> swaps, int verifyCalls, String kernelPath, long measureMillis,
                         List<SwapSpec> observed, boolean measureOnly) {
        this.observed = Collections.unmodifiableList(observed);
        this.measureOnly = measureOnly;
        this.verifyCalls = verifyCalls;
        this.measureMillis = measureMillis;
        this.kernelPath = kernelPath;
        this.event = event;
        this.interval = interval;
        this.collapsedFile = collapsedFile;
        this.jfrFile = jfrFile;
        this.snapshotSeconds = snapshotSeconds;
        this.statusFile = statusFile;
        this.swaps = Collections.unmodifiableList(swaps);
    }

    public static AgentOptions parse(String args) {
        String event = null;
        String interval = null;
        String collapsed = null;
        String jfr = null;
        int snapshot = 0;
        String status = null;
        List<SwapSpec> swaps = new ArrayList<>();
        int verify = DEFAULT_VERIFY_CALLS;
        String kernels = null;
        long measure = DEFAULT_MEASURE_MILLIS;
        List<SwapSpec> observed = new ArrayList<>();
        boolean measureOnly = false;
        String nativemem = null;
        if (args != null && !args.isBlank()) {
            for (String part : args.split(AgentOptionKeys.SEPARATOR)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("agent option '" + part + "' is not key=value");
                }
                String key = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                switch (key) {
                    case AgentOptionKeys.EVENT: event = value; break;
                    case AgentOptionKeys.INTERVAL: interval = value; break;
                    case AgentOptionKeys.NATIVEMEM: nativemem = value; break;
                    case AgentOptionKeys.COLLAPSED: collapsed = value; break;
                    case AgentOptionKeys.JFR: jfr = value; break;
                    case AgentOptionKeys.SNAPSHOT: snapshot = seconds(value); break;
                    case AgentOptionKeys.STATUS: status = value; break;
                    case AgentOptionKeys.SWAP: swaps.add(SwapSpec.parse(value)); break;
                    case AgentOptionKeys.VERIFY: verify = count(key, value); break;
                    case AgentOptionKeys.KERNELS: kernels = value; break;
                    case AgentOptionKeys.MEASURE: measure = count(key, value); break;
                    case AgentOptionKeys.OBSERVE: observed.add(SwapSpec.parse(value)); break;
                    case AgentOptionKeys.MEASURE_ONLY: measureOnly = Boolean.parseBoolean(value); break;
                    default: throw new IllegalArgumentException("unknown agent option '" + key + "'");
                }
            }
        }
        if ((collapsed != null || jfr != null) && event == null) {
            event = "cpu";
        }
        AgentOptions options = new AgentOptions(event, interval, collapsed, jfr, snapshot, status, swaps, verify, kernels, measure,
            observed, measureOnly);
        options.nativemem = nativemem;
        return options;
    }

    private static int count(String key, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("agent option " + key + "=" + value + " is not a whole number >= 0");
    }

    /** Methods to time only (no kernel serves them). */
    public List<SwapSpec> observed() {
        return observed;
    }

    /** A prediction run: verify and measure each swap, never serve, then write the status and halt. */
    public boolean measureOnly() {
        return measureOnly;
    }

    /** Milliseconds of A/B measurement after an at-launch verification passed; 0: none. */
    public long measureMillis() {
        return measureMillis;
    }

    /** Calls to capture and verify before each at-launch swap; 0 swaps unverified. */
    public int verifyCalls() {
        return verifyCalls;
    }

    /** Extra kernel jars, separated by the path separator, or null. */
    public String kernelPath() {
        return kernelPath;
    }

    private static int seconds(String value) {
        try {
            return Integer.parseInt(value.endsWith("s") ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("snapshot '" + value + "' is not a number of seconds");
        }
    }

    /** The profiling event, or null when this load should not profile. */
    public String event() {
        return event;
    }

    /** async-profiler's nativemem interval (bytes between sampled mallocs, 0 for each), or null. */
    public String nativemem() {
        return nativemem;
    }

    public String interval() {
        return interval;
    }

    public String collapsedFile() {
        return collapsedFile;
    }

    /** Record JFR into this file while profiling, or null. */
    public String jfrFile() {
        return jfrFile;
    }

    /** Rewrite the collapsed file this often while profiling (0: only at exit), so a killed target keeps its samples. */
    public int snapshotSeconds() {
        return snapshotSeconds;
    }

    public String statusFile() {
        return statusFile;
    }

    public List<SwapSpec> swaps() {
        return swaps;
    }
}
