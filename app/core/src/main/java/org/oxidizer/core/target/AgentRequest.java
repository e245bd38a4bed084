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
            parts.add(AgentOptionKeys.EVENT + "=" + event);
            if (interval != null) {
                parts.add(AgentOptionKeys.INTERVAL + "=" + interval);
            }
            parts.add(AgentOptionKeys.COLLAPSED + "=" + checked(collapsedFile));
            parts.add(AgentOptionKeys.SNAPSHOT + "=" + SNAPSHOT_SECONDS);
            if (jfr) {
                parts.add(AgentOptionKeys.JFR + "=" + checked(jfrFile));
            }
        }
        parts.add(AgentOptionKeys.STATUS + "=" + checked(statusFile));
        for (MethodSwap swap : swaps) {
            parts.add(AgentOptionKeys.SWAP + "=" + swap.agentSpec());
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
