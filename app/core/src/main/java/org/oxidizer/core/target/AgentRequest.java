package org.oxidizer.core.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent should do in a launched target: profile (event, interval) into a collapsed-stacks
 * file, swap methods for kernels before {@code main}, and leave a status file at exit.
 */
public record AgentRequest(String event, String interval, List<MethodSwap> swaps) {

    public AgentRequest {
        swaps = List.copyOf(swaps);
    }

    public static AgentRequest profileCpu() {
        return new AgentRequest("cpu", null, List.of());
    }

    public AgentRequest withSwaps(List<MethodSwap> more) {
        List<MethodSwap> all = new ArrayList<>(swaps);
        all.addAll(more);
        return new AgentRequest(event, interval, all);
    }

    /** The {@code -javaagent} option string; paths must not hold commas, the agent's separator. */
    String toAgentOptions(Path collapsedFile, Path statusFile) {
        List<String> parts = new ArrayList<>();
        if (event != null) {
            parts.add("event=" + event);
            if (interval != null) {
                parts.add("interval=" + interval);
            }
            parts.add("collapsed=" + checked(collapsedFile));
        }
        parts.add("status=" + checked(statusFile));
        for (MethodSwap swap : swaps) {
            parts.add("swap=" + swap.className() + "#" + swap.methodName() + "@" + swap.kernelId());
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
