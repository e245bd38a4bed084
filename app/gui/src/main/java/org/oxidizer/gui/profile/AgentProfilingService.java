package org.oxidizer.gui.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.Sampler;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.task.Progress;
import org.oxidizer.gui.model.ProfileResult;
import org.oxidizer.gui.model.TargetChoice;

/** Profiles through the core: the launcher with the agent for launched targets, the agent's MXBean for attached ones. */
public final class AgentProfilingService implements ProfilingService {

    @Override
    public ProfileResult profile(TargetChoice target, ProfileSettings settings, Path runDir, Progress progress,
                                 Consumer<ProcSample> live, StopSignal stop) throws Exception {
        Files.createDirectories(runDir);
        return target.kind() == TargetChoice.Kind.ATTACH ? attach(target.pid(), settings, runDir, progress, live, stop)
            : launch(target, settings, runDir, progress, live, stop);
    }

    private static ProfileResult launch(TargetChoice target, ProfileSettings settings, Path runDir, Progress progress,
                                        Consumer<ProcSample> live, StopSignal stop) throws Exception {
        TargetRun run;
        try (ChildProcessWatcher watcher = new ChildProcessWatcher(live)) {
            stop.onRequest(watcher::terminate);
            run = new TargetLauncher(BundledJars.agentJar()).run(target.spec(),
                new AgentRequest(settings.event(), settings.interval(), true, List.of()), runDir, progress);
        }
        if (run.profile().totalSamples() == 0 && !run.succeeded() && !stop.requested()) {
            throw new IOException(target.name() + " exited with code " + run.exitCode() + " before any sample was taken"
                + (run.lastWords().isEmpty() ? "" : ": " + run.lastWords()));
        }
        String how = stop.requested() ? "stopped after " : "exited with code " + run.exitCode() + " after ";
        String note = how + Figures.duration(run.measurement().wallMillis()) + ", CPU "
            + Figures.percent(run.measurement().cpuPercent()) + ", peak RSS " + Figures.bytes(run.measurement().peakRssBytes())
            + (run.agent().fallbackReason() == null ? "" : " (perf events refused: " + run.agent().fallbackReason() + ")");
        String event = run.agent().profileEvent() == null ? settings.event() : run.agent().profileEvent();
        return new ProfileResult(run.profile(), event, run.measurement().series(), files(runDir), note);
    }

    private static ProfileResult attach(long pid, ProfileSettings settings, Path runDir, Progress progress,
                                        Consumer<ProcSample> live, StopSignal stop) throws Exception {
        Path collapsed = runDir.resolve("profile.collapsed");
        List<ProcSample> series;
        String used;
        boolean died = false;
        long start = System.nanoTime();
        try (AttachedTarget jvm = AttachedTarget.attach(pid, BundledJars.agentJar());
             Sampler sampler = new Sampler(pid, start, Sampler.DEFAULT_INTERVAL_MILLIS, live)) {
            used = jvm.startProfiling(settings.event(), settings.interval(), runDir.resolve("profile.jfr"), collapsed);
            long end = start + settings.durationSeconds() * 1_000_000_000L;
            try {
                while (!stop.requested() && System.nanoTime() < end) {
                    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        died = true;
                        break;
                    }
                    Thread.sleep(100);
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    progress.report(String.format(Locale.ROOT, "JVM %d, %.0f of %d s", pid, elapsed, settings.durationSeconds()),
                        elapsed / settings.durationSeconds());
                }
                if (!died) {
                    jvm.dumpCollapsed(collapsed);
                }
            } finally {
                if (!died) {
                    jvm.stopProfiling();        // also when cancelled: never leave the profiler running in someone's JVM
                }
            }
            series = new ArrayList<>(sampler.samples());
        }
        Profile profile = Files.isRegularFile(collapsed) ? new CollapsedStacksImporter().read(collapsed)
            : Profile.empty("JVM " + pid);
        String note = died ? "JVM " + pid + " exited while profiled; kept the samples up to its last snapshot"
            : "profiled JVM " + pid + " for " + Figures.duration((System.nanoTime() - start) / 1e6) + "; it keeps running";
        return new ProfileResult(profile, used, series, files(runDir), note);
    }

    private static List<Path> files(Path runDir) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("profile.collapsed", "profile.jfr")) {
            if (Files.isRegularFile(runDir.resolve(name))) {
                files.add(runDir.resolve(name));
            }
        }
        return files;
    }
}
