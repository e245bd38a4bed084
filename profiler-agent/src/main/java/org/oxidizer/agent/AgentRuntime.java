package org.oxidizer.agent;

import java.lang.instrument.Instrumentation;
import org.oxidizer.agent.profile.ProfilerSession;
import org.oxidizer.agent.swap.MethodSwapper;

/**
 * The agent's state in one target JVM. Every load of the agent hands a new Instrumentation; the first
 * one is kept, because transformations registered on it can only be reverted through it.
 */
public final class AgentRuntime {

    private static Instrumentation instrumentation;
    private static MethodSwapper swapper;
    private static ProfilerSession profiler;

    private AgentRuntime() {
    }

    public static synchronized void initialize(String args, Instrumentation inst, boolean atLaunch) throws Exception {
        if (instrumentation == null) {
            // Advice is inlined, nothing is injected: keep ByteBuddy off sun.misc.Unsafe, which JDK 24+ warns about.
            // (The shade plugin relocates this property name together with ByteBuddy's own.)
            System.setProperty("net.bytebuddy.safe", "true");
            instrumentation = inst;
            swapper = new MethodSwapper(inst);
        }
        AgentOptions options = AgentOptions.parse(args);
        for (SwapSpec swap : options.swaps()) {
            swapper.swap(swap);
        }
        if (options.event() != null) {
            if (profiler == null) {
                profiler = ProfilerSession.open();
            }
            profiler.start(options.event(), options.interval());
            AgentLog.info("profiling " + profiler.eventUsed() + " with async-profiler " + profiler.version());
        }
        if (atLaunch && (options.collapsedFile() != null || options.statusFile() != null)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> finish(options), "oxidizer-agent-exit"));
        }
    }

    /** At target exit: dump the profile, then the status; each failure is reported and never thrown. */
    private static void finish(AgentOptions options) {
        AgentStatus status = new AgentStatus();
        if (profiler != null && options.collapsedFile() != null) {
            try {
                status.put("profile.samples", profiler.samples());
                profiler.stopAndDump(options.collapsedFile());
                status.put("profile.event", profiler.eventUsed());
                status.put("profile.fallbackReason", profiler.fallbackReason());
                status.put("profile.collapsed", options.collapsedFile());
            } catch (Throwable t) {
                status.put("profile.error", t.toString());
                AgentLog.error("could not write the profile", t);
            }
        }
        status.putSwaps(swapper.describe());
        status.putProcessTotals();
        if (options.statusFile() != null) {
            try {
                status.write(options.statusFile());
            } catch (Throwable t) {
                AgentLog.error("could not write the status file", t);
            }
        }
    }
}
