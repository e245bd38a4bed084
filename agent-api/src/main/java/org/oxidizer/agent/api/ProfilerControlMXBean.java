package org.oxidizer.agent.api;

/**
 * How the workbench drives the agent in a running target, registered as {@link AgentNames#PROFILER}.
 * Local JMX only: the workbench connects through the Attach API's local management agent.
 */
public interface ProfilerControlMXBean {

    /**
     * Starts profiling; returns the event that actually runs (cpu may fall back to itimer). With a
     * {@code snapshotFile}, the collapsed stacks are rewritten there every {@code snapshotSeconds} until stop.
     */
    String start(String event, String interval, String jfrFile, String snapshotFile, int snapshotSeconds) throws Exception;

    /** Writes the samples so far as collapsed stacks, without stopping. */
    void dumpCollapsed(String file) throws Exception;

    /** Stops profiling; a JFR recording is complete once this returns. */
    void stop() throws Exception;

    boolean isProfiling();

    String getStatus();

    long getSamples();

    String getProfilerVersion();

    /** Why cpu fell back to itimer on the last start, or null. */
    String getFallbackReason();
}
