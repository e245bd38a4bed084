package org.oxidizer.gui.profile;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.Sampler;

/**
 * Finds the target JVM that the core's launcher starts as a child of this process, so that its /proc
 * samples reach the live charts while it runs (the launcher hands them over only at the end) and so that
 * Stop can end it gracefully, letting the agent write the profile.
 */
final class ChildProcessWatcher implements AutoCloseable {

    private final Set<Long> existing;
    private final long startNanos = System.nanoTime();
    private final Consumer<ProcSample> live;
    private final ScheduledExecutorService poll;
    private volatile ProcessHandle child;
    private volatile Sampler sampler;
    private volatile boolean terminate;

    ChildProcessWatcher(Consumer<ProcSample> live) {
        this.live = live;
        this.existing = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        this.poll = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "oxidizer-child-watcher");
            t.setDaemon(true);
            return t;
        });
        poll.scheduleWithFixedDelay(this::look, 0, 20, TimeUnit.MILLISECONDS);
    }

    private void look() {
        if (child != null) {
            return;
        }
        ProcessHandle.current().children().filter(p -> !existing.contains(p.pid())).findFirst().ifPresent(p -> {
            child = p;
            sampler = new Sampler(p.pid(), startNanos, Sampler.DEFAULT_INTERVAL_MILLIS, live);
            if (terminate) {
                p.destroy();
            }
            poll.shutdown();
        });
    }

    /** Asks the target to exit (SIGTERM): its shutdown hooks run, and the agent writes what it sampled. */
    void terminate() {
        terminate = true;
        ProcessHandle found = child;
        if (found != null) {
            found.destroy();
        }
    }

    @Override
    public void close() {
        poll.shutdownNow();
        Sampler s = sampler;
        if (s != null) {
            s.close();
        }
    }
}
