package org.oxidizer.core.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent should do in a launched target: profile (event, interval) into a collapsed-stacks
 * file (rewritten every {@value #SNAPSHOT_SECONDS} s, so a killed target keeps its samples) and
 * optionally a JFR recording, swap methods for kernels before {@code main}, and leave a status file at exit.
 *
 * @param event cpu, wall, alloc, lock (async-profiler's events), or null to only swap
 */
public record AgentRequest(String event, String interval, boolean jfr, List<MethodSwap> swaps) {

    static final int SNAPSHOT_SECONDS = 2;

    public AgentRequest {
        swaps = List.copyOf(swaps);
    }

    public static AgentRequest profileCpu() {
        return new AgentRequest("cpu", null, false, List.of());
    }

    public AgentRequest withSwaps(List<MethodSwap> more) {
        List<MethodSwap> all = new ArrayList<>(swaps);
        all.addAll(more);
        return new AgentRequest(event, interval, jfr, all);
    }

    /** The {@code -javaagent} option string; paths must not hold commas, the agent's separator. */
    String toAgentOptions(Path collapsedFile, Path jfrFile, Path statusFile) {
        List<String> parts = new ArrayList<>();
        if (event != null) {
            parts.add("event=" + event);
            if (interval != null) {
                parts.add("interval=" + interval);
            }
            parts.add("collapsed=" + checked(collapsedFile));
            parts.add("snapshot=" + SNAPSHOT_SECONDS);
            if (jfr) {
                parts.add("jfr=" + checked(jfrFile));
            }
        }
        parts.add("status=" + checked(statusFile));
        for (MethodSwap swap : swaps) {
            parts.add("swap=" + swap.agentSpec());
        }
        return String.join(",", parts);
    }

    private static String checked(Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.contains(",")) {
            throw new IllegalArgumentException("the agent cannot write to a path with a comma: " + text);
        }
        return text;
    }
}
