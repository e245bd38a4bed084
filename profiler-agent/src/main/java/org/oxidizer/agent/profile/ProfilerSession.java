package org.oxidizer.agent.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import one.profiler.AsyncProfiler;
import org.oxidizer.agent.AgentLog;

/**
 * async-profiler inside the target. CPU mode prefers perf events and falls back to itimer where the
 * kernel forbids them; which one ran is kept, because their numbers differ (itimer misses kernel frames).
 * A session may record JFR continuously and still dump collapsed stacks at any moment.
 */
public final class ProfilerSession {

    private final AsyncProfiler profiler;
    private String eventUsed;
    private String fallbackReason;
    private String nativememRefused;
    private String jfrFile;
    private long startedAtMillis;
    private ScheduledExecutorService snapshots;

    private ProfilerSession(AsyncProfiler profiler) {
        this.profiler = profiler;
    }

    public static ProfilerSession open() {
        return new ProfilerSession(AsyncProfiler.getInstance());
    }

    /**
     * @param event        cpu, wall, alloc, lock, itimer or ctimer
     * @param interval     async-profiler's interval for the event (e.g. 10ms; bytes for alloc), or null
     * @param jfrFile      record JFR into this file until stopped, or null
     * @param snapshotFile rewrite the collapsed stacks here every {@code snapshotSeconds} while profiling, so a
     *                     target that dies keeps what was sampled; null for none
     * @return the event that actually runs
     */
    public synchronized String start(String event, String interval, String jfrFile, String snapshotFile,
                                     int snapshotSeconds) throws IOException {
        return start(event, interval, jfrFile, snapshotFile, snapshotSeconds, null);
    }

    /**
     * {@link #start(String, String, String, String, int)}, also recording native memory into the JFR recording
     * (async-profiler's {@code nativemem}, a malloc about every {@code nativemem} bytes) when there is one. A platform
     * that refuses it is said in {@link #nativememRefused()} and the event runs without it.
     */
    public synchronized String start(String event, String interval, String jfrFile, String snapshotFile,
                                     int snapshotSeconds, String nativemem) throws IOException {
        if (eventUsed != null) {
            throw new IllegalStateException("already profiling " + eventUsed + "; stop first");
        }
        // threads: each stack gets its thread as root frame, for per-thread views; hot-method lists skip it.
        String options = ",threads" + (interval == null ? "" : ",interval=" + interval) + (jfrFile == null ? "" : ",jfr,file=" + jfrFile);
        fallbackReason = null;
        nativememRefused = null;
        String withMemory = jfrFile != null && nativemem != null && !nativemem.isBlank() ? ",nativemem=" + nativemem : null;
        // cpu falls back to itimer where perf events are refused. With native memory asked for, each event is tried with
        // it first: nativemem is blamed only when the event then starts without it.
        List<String> candidates = "cpu".equals(event) ? List.of(event, "itimer") : List.of(event);
        for (int i = 0; eventUsed == null; i++) {
            String candidate = candidates.get(i);
            if (withMemory != null) {
                try {
                    profiler.execute("start,event=" + candidate + options + withMemory);
                    eventUsed = candidate;
                    nativememRefused = null;
                    break;
                } catch (IllegalStateException refused) {
                    nativememRefused = refused.getMessage();
                }
            }
            try {
                profiler.execute("start,event=" + candidate + options);
                eventUsed = candidate;
            } catch (IllegalStateException failed) {
                if (i + 1 == candidates.size()) {
                    throw failed;
                }
                fallbackReason = failed.getMessage();
            }
        }
        if (fallbackReason != null) {
            AgentLog.info("perf events refused (" + fallbackReason + "), profiling with itimer");
        }
        if (nativememRefused != null) {
            AgentLog.info("native memory profiling refused (" + nativememRefused + "); profiling " + eventUsed + " without it");
        }
        this.jfrFile = jfrFile;
        startedAtMillis = System.currentTimeMillis();
        if (snapshotFile != null && snapshotSeconds > 0) {
            snapshots = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "oxidizer-agent-snapshot");
                t.setDaemon(true);
                return t;
            });
            snapshots.scheduleWithFixedDelay(() -> snapshot(snapshotFile), snapshotSeconds, snapshotSeconds, TimeUnit.SECONDS);
        }
        return eventUsed;
    }

    private synchronized void snapshot(String file) {
        if (eventUsed == null) {
            return;                 // stopped while this snapshot waited for the lock
        }
        try {
            dumpCollapsed(file);
        } catch (Throwable t) {
            AgentLog.error("could not write a profile snapshot", t);
        }
    }

    /** Writes the samples so far as collapsed stacks, atomically, without stopping. */
    public synchronized void dumpCollapsed(String file) throws IOException {
        if (eventUsed == null) {
            throw new IllegalStateException("not profiling");
        }
        Path target = Paths.get(file);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        profiler.execute("dump,collapsed,file=" + tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops sampling; a JFR recording is complete once this returns. */
    public synchronized void stop() throws IOException {
        if (eventUsed == null) {
            return;
        }
        if (snapshots != null) {
            snapshots.shutdownNow();
            snapshots = null;
        }
        profiler.execute("stop");
        eventUsed = null;
        jfrFile = null;
    }

    public synchronized boolean isProfiling() {
        return eventUsed != null;
    }

    /** One line for a person: what runs, since when, how many samples. */
    public synchronized String status() {
        if (eventUsed == null) {
            return "idle";
        }
        return "profiling " + eventUsed + " for " + (System.currentTimeMillis() - startedAtMillis) / 1000 + " s, "
            + profiler.getSamples() + " samples" + (jfrFile == null ? "" : ", recording JFR to " + jfrFile);
    }

    public long samples() {
        return profiler.getSamples();
    }

    public synchronized String eventUsed() {
        return eventUsed;
    }

    /** Why native memory was not recorded although asked for, or null. */
    public synchronized String nativememRefused() {
        return nativememRefused;
    }

    public synchronized String fallbackReason() {
        return fallbackReason;
    }

    public String version() {
        return profiler.getVersion();
    }
}
