package org.oxidizer.agent;

import java.lang.instrument.Instrumentation;
import org.oxidizer.agent.api.StatusFileKeys;
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
        AgentOptions options = AgentOptions.parse(args);
        if (instrumentation == null) {
            instrumentation = inst;
            swapper = new MethodSwapper(inst, options.kernelPath());
        }
        if (!atLaunch) {
            registerControl();
        }
        // Swaps first: a kernel's library and threads must exist before the profiler starts to see them.
        for (SwapSpec observed : options.observed()) {
            swapper.observeAtLaunch(observed);
        }
        Runnable measured = options.measureOnly() ? predictionRunDone(options) : null;
        for (SwapSpec swap : options.swaps()) {
            swapper.swapAtLaunch(swap, options.verifyCalls(), options.measureMillis(), measured, options.event() != null);
        }
        if (options.event() != null) {
            profiler().start(options.event(), options.interval(), options.jfrFile(), options.collapsedFile(),
                options.snapshotSeconds(), options.nativemem());
            AgentLog.info("profiling " + profiler.eventUsed() + " with async-profiler " + profiler.version());
        }
        if (atLaunch && (options.collapsedFile() != null || options.statusFile() != null)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> finish(options), "oxidizer-agent-exit"));
        }
    }

    /**
     * A prediction run ends when every swap was verified and measured: the status file is written and the JVM
     * halts (the workload's own output stops there; nothing else of the run is used).
     */
    private static Runnable predictionRunDone(AgentOptions options) {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(options.swaps().size());
        return () -> {
            if (left.decrementAndGet() == 0) {
                AgentLog.info("prediction run measured; halting the target");
                finish(options);
                Runtime.getRuntime().halt(0);
            }
        };
    }

    /** async-profiler's library loads on first use: a target that only swaps never pays for it. */
    static synchronized ProfilerSession profiler() {
        if (profiler == null) {
            profiler = ProfilerSession.open();
        }
        return profiler;
    }

    private static boolean controlRegistered;

    /**
     * The MXBean is how an attached workbench drives the agent, and a workbench always attaches through
     * {@code agentmain} (also to a target launched with the agent), so it is registered then, once. A launched target
     * never pays for the platform MBean server (~100 ms of CPU beside its start) unless a workbench attaches.
     */
    private static void registerControl() throws Exception {
        if (!controlRegistered) {
            ProfilerControl.register();
            SwapControl.register(swapper, instrumentation);
            controlRegistered = true;
        }
    }

    /** At target exit: dump the profile, then the status; each failure is reported and never thrown. */
    private static void finish(AgentOptions options) {
        AgentStatus status = new AgentStatus();
        if (profiler != null && profiler.isProfiling()) {
            try {
                status.put(StatusFileKeys.PROFILE_SAMPLES, profiler.samples());
                status.put(StatusFileKeys.PROFILE_EVENT, profiler.eventUsed());
                status.put(StatusFileKeys.PROFILE_FALLBACK_REASON, profiler.fallbackReason());
                status.put(StatusFileKeys.PROFILE_NATIVEMEM_REFUSED, profiler.nativememRefused());
                if (options.collapsedFile() != null) {
                    profiler.dumpCollapsed(options.collapsedFile());
                    status.put(StatusFileKeys.PROFILE_COLLAPSED, options.collapsedFile());
                }
                profiler.stop();
                status.put(StatusFileKeys.PROFILE_JFR, options.jfrFile());
            } catch (Throwable t) {
                status.put(StatusFileKeys.PROFILE_ERROR, t.toString());
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
