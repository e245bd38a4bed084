package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.Sampler;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.ProfileFiles;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFormatException;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/**
 * Profiles a target, the one way the CLI, the GUI and the live loop do it: a launched program runs to its end
 * (or a stop) with the agent from its first instruction; a running JVM gets the agent attached and is profiled
 * for a duration (or until a stop, or until it exits), then left running. Files go to {@code profile.collapsed}
 * and {@code profile.jfr} in the run folder; the agent rewrites the collapsed stacks every few seconds, so a
 * target that dies mid-profile leaves what was sampled.
 */
public final class Profiling {

    private static final long POLL_MILLIS = 100;

    private final Path agentJar;

    public Profiling(Path agentJar) {
        this.agentJar = agentJar;
    }

    public static Profiling withBundledAgent() {
        return new Profiling(BundledJars.agentJar());
    }

    /**
     * @param live sees each /proc sample of the target as it is taken, on a sampler thread
     * @throws IOException with one sentence when a launched target died before any sample was taken
     */
    public ProfileResult profile(Target target, ProfileSettings settings, Path runDir, Progress progress,
                                 Consumer<ProcSample> live, StopSignal stop) throws Exception {
        Files.createDirectories(runDir);
        return switch (target.kind()) {
            case ATTACH -> attachAndProfile(target.pid(), settings, runDir, progress, live, stop);
            case SAMPLE, LAUNCH -> launch(target, settings, runDir, progress, live, stop);
            case FILE -> throw new IllegalArgumentException(target.name() + " is a profile file: there is nothing to run");
        };
    }

    private ProfileResult launch(Target target, ProfileSettings settings, Path runDir, Progress progress,
                                 Consumer<ProcSample> live, StopSignal stop) throws Exception {
        String prepared = "";
        if (target.workload() != null && target.workload().prepare() != null) {
            progress.report("preparing " + target.name() + " (not profiled)", -1);
            try {
                prepared = Preparation.run(new TargetLauncher(agentJar), target.workload().prepare(), runDir.resolve("prepare"));
            } catch (IOException e) {
                throw new IOException("could not prepare " + target.name() + ": " + e.getMessage(), e);
            }
        }
        TargetRun run = new TargetLauncher(agentJar).run(target.spec(),
            new AgentRequest(settings.event(), settings.interval(), true, List.of()), runDir, progress, live, stop);
        if (run.profile().totalSamples() == 0 && !run.succeeded() && !stop.requested()) {
            throw new IOException(target.name() + " exited with code " + run.exitCode() + " before any sample was taken"
                + (run.lastWords().isEmpty() ? "" : ": " + run.lastWords()));
        }
        String how = stop.requested() ? "stopped after " : "exited with code " + run.exitCode() + " after ";
        String note = (prepared.isEmpty() ? "" : prepared + "; ") + target.name() + " " + how
            + Figures.duration(run.measurement().wallMillis()) + ", CPU "
            + Figures.percent(run.measurement().cpuPercent()) + ", peak RSS " + Figures.bytes(run.measurement().peakRssBytes())
            + (run.agent().fallbackReason() == null ? "" : " (perf events refused: " + run.agent().fallbackReason() + ")");
        String event = run.agent().profileEvent() == null ? settings.event() : run.agent().profileEvent();
        return new ProfileResult(run.profile(), event, run.measurement().series(), files(runDir), note);
    }

    private ProfileResult attachAndProfile(long pid, ProfileSettings settings, Path runDir, Progress progress,
                                           Consumer<ProcSample> live, StopSignal stop) throws Exception {
        progress.report("attaching to JVM " + pid, -1);
        long start = System.nanoTime();
        try (AttachedTarget jvm = AttachedTarget.attach(pid, agentJar);
             Sampler sampler = new Sampler(pid, start, Sampler.DEFAULT_INTERVAL_MILLIS, live)) {
            Attached run = profileAttached(jvm, settings, runDir, progress, stop);
            List<ProcSample> series = new ArrayList<>(sampler.samples());
            return new ProfileResult(run.profile(), run.event(), series, run.files(), run.note());
        }
    }

    /** A profile of an attached JVM: what it sampled, the event that ran, one sentence about how it ended, its files. */
    public record Attached(Profile profile, String event, boolean died, String note, List<Path> files) {
    }

    /**
     * Something done once while the profile records, {@code afterNanos} after it began (a live swap); what it returns
     * names the moment on the recording's time line.
     */
    public record Midway(long afterNanos, java.util.concurrent.Callable<String> action) {
    }

    /**
     * Profiles a JVM the caller has attached to, until the duration ends ({@code 0}: until a stop), a stop is
     * requested or the JVM exits; never leaves the profiler running in it, also when interrupted.
     */
    public static Attached profileAttached(AttachedTarget jvm, ProfileSettings settings, Path runDir, Progress progress,
                                           StopSignal stop) throws IOException, InterruptedException, ProfileFormatException {
        try {
            return profileAttached(jvm, settings, runDir, progress, stop, null);
        } catch (IOException | InterruptedException | ProfileFormatException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);     // only a midway action throws anything else
        }
    }

    /**
     * {@link #profileAttached(AttachedTarget, ProfileSettings, Path, Progress, StopSignal)}, doing {@code midway} once
     * while it records: its moment is written beside the JFR recording ({@link ProfileFiles#marksFile}), so the time line
     * shows it. An exception from it stops the profiler and is thrown.
     */
    public static Attached profileAttached(AttachedTarget jvm, ProfileSettings settings, Path runDir, Progress progress,
                                           StopSignal stop, Midway midway) throws Exception {
        long pid = jvm.pid();
        Files.createDirectories(runDir);            // the agent writes into it and would not make it
        List<org.oxidizer.core.profile.Timeline.Mark> marks = new ArrayList<>();
        Path collapsed = runDir.resolve(TargetLauncher.COLLAPSED_FILE);
        Path jfr = settings.jfr() ? runDir.resolve(TargetLauncher.JFR_FILE) : null;
        Files.deleteIfExists(ProfileFiles.marksFile(runDir.resolve(TargetLauncher.JFR_FILE)));   // a former run's moments
        String used = jvm.startProfiling(settings.event(), settings.interval(), jfr, collapsed);
        String fallback = jvm.fallbackReason();
        progress.report("profiling JVM " + pid + " with " + used + (fallback == null ? "" : " (perf events refused: "
            + fallback + ")"), 0);
        long start = System.nanoTime();
        long end = settings.durationSeconds() > 0 ? start + settings.durationSeconds() * 1_000_000_000L : Long.MAX_VALUE;
        boolean died = false;
        try {
            while (!stop.requested() && System.nanoTime() < end) {
                if (!jvm.isAlive()) {
                    died = true;
                    break;
                }
                if (midway != null && marks.isEmpty() && System.nanoTime() - start >= midway.afterNanos()) {
                    java.time.Instant at = java.time.Instant.now();
                    String label = midway.action().call();
                    marks.add(new org.oxidizer.core.profile.Timeline.Mark(at.getEpochSecond() * 1_000_000_000L + at.getNano(), label));
                    // as long after the action as was asked, however long the action took
                    end = Math.max(end, System.nanoTime() + settings.durationSeconds() * 1_000_000_000L - midway.afterNanos());
                }
                Thread.sleep(POLL_MILLIS);
                double elapsed = (System.nanoTime() - start) / 1e9;
                progress.report(live(jvm, elapsed, settings.durationSeconds()),
                    settings.durationSeconds() > 0 ? Math.min(1, elapsed / settings.durationSeconds()) : -1);
            }
            if (!died) {
                jvm.dumpCollapsed(collapsed);
            }
        } catch (IOException e) {
            if (jvm.isAlive() || !Files.isRegularFile(collapsed)) {
                throw e;
            }
            died = true;            // it went away between the check and the dump
        } finally {
            if (!died && jvm.isAlive()) {
                try {
                    jvm.stopProfiling();    // also when cancelled: never leave the profiler running in someone's JVM
                } catch (IOException e) {
                    if (jvm.isAlive()) {
                        throw e;
                    }
                    died = true;
                }
            }
        }
        progress.report("profiled", 1);
        Optional<Profile> recorded = TargetLauncher.fromRecording(jfr, used, false);
        Profile profile = recorded.isPresent() ? recorded.get() : Files.isRegularFile(collapsed)
            ? new CollapsedStacksImporter().read(collapsed) : Profile.empty("JVM " + pid);
        String note = died ? "JVM " + pid + " exited while being profiled; kept the samples up to its last snapshot"
            : "profiled JVM " + pid + " with " + used + " for " + Figures.duration((System.nanoTime() - start) / 1e6)
                + "; it keeps running";
        if (fallback != null) {
            note += " (perf events refused: " + fallback + ")";
        }
        if (jfr != null && !marks.isEmpty()) {
            ProfileFiles.writeMarks(jfr, marks);
        }
        return new Attached(profile, used, died, note, files(runDir));
    }

    /** "JVM 4242, 3 of 10 s: heap 210 MiB, GC 12x/40 ms"; the JMX part is left out once the JVM is going. */
    private static String live(AttachedTarget jvm, double elapsed, int duration) {
        String time = duration > 0 ? String.format(Locale.ROOT, "%.0f of %d s", elapsed, duration)
            : String.format(Locale.ROOT, "%.0f s", elapsed);
        String heap;
        try {
            AttachedTarget.GcTotals gc = jvm.gc();
            heap = ": heap " + Figures.bytes(jvm.heap().getUsed()) + ", GC " + gc.collections() + "x/" + gc.millis() + " ms";
        } catch (Exception e) {
            heap = "";
        }
        return "JVM " + jvm.pid() + ", " + time + heap;
    }

    private static List<Path> files(Path runDir) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of(TargetLauncher.COLLAPSED_FILE, TargetLauncher.JFR_FILE,
                ProfileFiles.marksFile(Path.of(TargetLauncher.JFR_FILE)).toString())) {
            if (Files.isRegularFile(runDir.resolve(name))) {
                files.add(runDir.resolve(name));
            }
        }
        return files;
    }
}
