package org.oxidizer.core.target;

import java.util.List;
import java.util.Map;
import org.oxidizer.core.measure.RunMeasurement;
import org.oxidizer.core.profile.Profile;

/**
 * Everything one run of a target left behind.
 *
 * @param reported   {@code oxidizer.KEY=VALUE} lines the workload printed about itself (checksum, hotMillis)
 * @param outputTail the last lines of its stdout and stderr, to show when it fails
 * @param commandLine the exact command the target was started with (java, JVM options, agent, main), so a
 *                    report can say how to reproduce it; empty when unknown
 */
public record TargetRun(TargetSpec spec, int exitCode, RunMeasurement measurement, Map<String, String> reported,
                        AgentReport agent, Profile profile, List<String> outputTail, List<String> commandLine,
                        org.oxidizer.core.profile.NativeMemory nativeMemory) {

    public TargetRun {
        reported = Map.copyOf(reported);
        outputTail = List.copyOf(outputTail);
        commandLine = List.copyOf(commandLine);
    }

    /** A run whose command line was not recorded. */
    public TargetRun(TargetSpec spec, int exitCode, RunMeasurement measurement, Map<String, String> reported,
                     AgentReport agent, Profile profile, List<String> outputTail) {
        this(spec, exitCode, measurement, reported, agent, profile, outputTail, List.of(), null);
    }

    /** A run that did not record native memory ({@code nativeMemory} is null then). */
    public TargetRun(TargetSpec spec, int exitCode, RunMeasurement measurement, Map<String, String> reported,
                     AgentReport agent, Profile profile, List<String> outputTail, List<String> commandLine) {
        this(spec, exitCode, measurement, reported, agent, profile, outputTail, commandLine, null);
    }

    public String checksum() {
        return reported.get("checksum");
    }

    /**
     * The line that best says why a run ended: the last one naming an error or exception, else the last
     * line that is not the agent's or the profiler's own chatter; empty if the target printed nothing.
     */
    public String lastWords() {
        for (int i = outputTail.size() - 1; i >= 0; i--) {
            String line = outputTail.get(i);
            if (line.contains("Exception") || line.contains("Error")) {
                return line.trim();
            }
        }
        for (int i = outputTail.size() - 1; i >= 0; i--) {
            String line = outputTail.get(i).trim();
            if (!line.isEmpty() && !line.startsWith("[oxidizer-agent]") && !line.startsWith("[INFO]")
                    && !line.startsWith("[WARN]")) {
                return line;
            }
        }
        return "";
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
