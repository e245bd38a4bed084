package org.oxidizer.agent.profile;

import one.profiler.AsyncProfiler;
import org.oxidizer.agent.AgentLog;

/**
 * async-profiler inside the target. CPU mode prefers perf events and falls back to itimer where the
 * kernel forbids them; which one ran is kept, because their numbers differ (itimer misses kernel frames).
 */
public final class ProfilerSession {

    private final AsyncProfiler profiler;
    private String eventUsed;
    private String fallbackReason;

    private ProfilerSession(AsyncProfiler profiler) {
        this.profiler = profiler;
    }

    public static ProfilerSession open() {
        return new ProfilerSession(AsyncProfiler.getInstance());
    }

    public synchronized void start(String event, String interval) throws Exception {
        String intervalPart = interval == null ? "" : ",interval=" + interval;
        try {
            profiler.execute("start,event=" + event + intervalPart);
            eventUsed = event;
        } catch (IllegalStateException e) {
            if (!"cpu".equals(event)) {
                throw e;
            }
            fallbackReason = e.getMessage();
            profiler.execute("start,event=itimer" + intervalPart);
            eventUsed = "itimer";
            AgentLog.info("perf events refused (" + fallbackReason + "), profiling with itimer");
        }
    }

    /** Stops sampling and writes what was collected as collapsed stacks. */
    public synchronized void stopAndDump(String collapsedFile) throws Exception {
        profiler.execute("stop,file=" + collapsedFile + ",collapsed");
    }

    public long samples() {
        return profiler.getSamples();
    }

    public String eventUsed() {
        return eventUsed;
    }

    public String fallbackReason() {
        return fallbackReason;
    }

    public String version() {
        return profiler.getVersion();
    }
}
