package org.oxidizer.core.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.agent.api.AgentOptionKeys;

/**
 * What the agent should do in a launched target: profile (event, interval) into a collapsed-stacks
 * file (rewritten every {@value #SNAPSHOT_SECONDS} s, so a killed target keeps its samples) and
 * optionally a JFR recording, swap methods for kernels before {@code main}, and leave a status file at exit.
 *
 * @param event cpu, wall, alloc, lock (async-profiler's events), or null to only swap
 * @param observed methods only timed by the agent (no kernel), for the prediction's share
 * @param measureMillis A/B measurement after an at-launch verification, -1 for the agent's default
 * @param measureOnly a prediction run: verify and measure the swaps, never serve, write the status and halt
 * @param nativemem also record native memory into the JFR recording, a malloc about every so many bytes (async-profiler's
 *                  {@code nativemem} interval, e.g. "256k", "0" for each); null for none
 */
public record AgentRequest(String event, String interval, boolean jfr, List<MethodSwap> swaps, List<MethodSwap> observed,
                           long measureMillis, boolean measureOnly, String nativemem) {

    static final int SNAPSHOT_SECONDS = 2;

    public AgentRequest {
        swaps = List.copyOf(swaps);
        observed = List.copyOf(observed);
    }

    public AgentRequest(String event, String interval, boolean jfr, List<MethodSwap> swaps) {
        this(event, interval, jfr, swaps, List.of(), -1, false, null);
    }

    /** The same, also recording native memory (malloc/free by stack) into a JFR recording. */
    public AgentRequest withNativeMemory(String interval) {
        return new AgentRequest(event, this.interval, true, swaps, observed, measureMillis, measureOnly, interval);
    }

    /** The same, with these methods timed by the agent from the start (no kernel loaded). */
    public AgentRequest observing(List<MethodSwap> methods) {
        return new AgentRequest(event, interval, jfr, swaps, methods, measureMillis, measureOnly, nativemem);
    }

    /** The same, with at-launch swaps measured A/B for {@code millis} after verifying (0: not at all). */
    public AgentRequest measuring(long millis) {
        return new AgentRequest(event, interval, jfr, swaps, observed, millis, measureOnly, nativemem);
    }

    /** A prediction run for {@code methods}: no profile; verify, measure A/B for {@code millis}, write the status, halt. */
    public static AgentRequest prediction(List<MethodSwap> methods, long millis) {
        return new AgentRequest(null, null, false, methods, List.of(), millis, true, null);
    }

    public static AgentRequest profileCpu() {
        return new AgentRequest("cpu", null, false, List.of());
    }

    public AgentRequest withSwaps(List<MethodSwap> more) {
        List<MethodSwap> all = new ArrayList<>(swaps);
        all.addAll(more);
        return new AgentRequest(event, interval, jfr, all, observed, measureMillis, measureOnly, nativemem);
    }

    /** The {@code -javaagent} option string; paths must not hold commas, the agent's separator. */
    String toAgentOptions(Path collapsedFile, Path jfrFile, Path statusFile) {
        List<String> parts = new ArrayList<>();
        if (event != null) {
            parts.add(AgentOptionKeys.EVENT + "=" + event);
            if (interval != null) {
                parts.add(AgentOptionKeys.INTERVAL + "=" + interval);
            }
            parts.add(AgentOptionKeys.COLLAPSED + "=" + checked(collapsedFile));
            parts.add(AgentOptionKeys.SNAPSHOT + "=" + SNAPSHOT_SECONDS);
            if (jfr) {
                parts.add(AgentOptionKeys.JFR + "=" + checked(jfrFile));
                if (nativemem != null) {
                    parts.add(AgentOptionKeys.NATIVEMEM + "=" + nativemem);
                }
            }
        }
        parts.add(AgentOptionKeys.STATUS + "=" + checked(statusFile));
        for (MethodSwap swap : swaps) {
            parts.add(AgentOptionKeys.SWAP + "=" + swap.agentSpec());
        }
        for (MethodSwap method : observed) {
            parts.add(AgentOptionKeys.OBSERVE + "=" + method.agentSpec());
        }
        if (measureMillis >= 0) {
            parts.add(AgentOptionKeys.MEASURE + "=" + measureMillis);
        }
        if (measureOnly) {
            parts.add(AgentOptionKeys.MEASURE_ONLY + "=true");
        }
        return String.join(AgentOptionKeys.SEPARATOR, parts);
    }

    private static String checked(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.contains(AgentOptionKeys.SEPARATOR)) {
            throw new IllegalArgumentException("the agent cannot write to a path with a comma: " + text);
        }
        return text;
    }
}
