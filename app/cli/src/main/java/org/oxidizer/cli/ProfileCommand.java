package org.oxidizer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.Sampler;
import org.oxidizer.core.migrate.BundledWorkloads;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ThreadViews;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Profiles a running JVM (attach by pid) or a program it launches, and prints what is hot. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profile a running JVM by pid (it keeps running), or launch a jar / main class and profile it to the end.",
        "Writes profile.collapsed and profile.jfr into --out."})
final class ProfileCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--pid", description = "Attach to this running JVM (see 'oxidizer jvms').")
        Long pid;

        @Option(names = "--jar", description = "Launch this jar.")
        Path jar;

        @Option(names = "--main-class", description = "Launch this main class (with --cp).")
        String mainClass;

        @Option(names = "--sample", description = "Launch a bundled sample: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Samples.class)
        String sample;
    }

    static final class Samples extends java.util.ArrayList<String> {
        Samples() {
            super(List.of(BundledWorkloads.TEXT_AGGREGATION));
        }
    }

    @Option(names = "--cp", description = "Class path for --main-class, ':'-separated.")
    String classpath;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "A JVM option for the launched target; repeatable.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--cwd", description = "Working directory of the launched target.")
    Path workingDir;

    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "Environment of the launched target; repeatable.")
    Map<String, String> environment = Map.of();

    @Option(names = "--java-home", description = "JDK to launch the target on (default: the one running Oxidizer).")
    Path javaHome;

    @Parameters(paramLabel = "ARGS", description = "Program arguments of the launched target (after --).")
    List<String> programArgs = new ArrayList<>();

    @Option(names = "--event", description = "cpu (perf events, itimer fallback), wall, alloc or lock (default: ${DEFAULT-VALUE}).")
    String event = "cpu";

    @Option(names = "--interval", description = "Sampling interval, e.g. 1ms (default: async-profiler's for the event).")
    String interval;

    @Option(names = "--duration", description = "Seconds to profile an attached JVM; 0 = until you press Enter or it"
        + " exits (default: ${DEFAULT-VALUE}).")
    int duration = 10;

    @Option(names = "--out", description = "Output folder (default: ./oxidizer-out/<timestamp>/).")
    Path out;

    @Mixin
    ProfileOptions view;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.orDefault(out);
        Files.createDirectories(dir);
        Profile profile = target.pid != null ? attach(target.pid, dir) : launch(dir);
        if (profile == null) {
            return 1;
        }
        if (view.thread != null) {
            profile = ThreadViews.forThread(profile, view.thread);
        }
        System.out.println();
        new ProfilePrinter(System.out).print(profile, view.rules(), view.top);
        System.out.println("\nwrote " + dir.toAbsolutePath().resolve("profile.collapsed") + " and profile.jfr");
        return 0;
    }

    /**
     * Profiles until the duration ends, Enter is pressed (duration 0) or the JVM exits. The agent rewrites
     * the collapsed profile every few seconds, so a JVM that dies mid-profile leaves what was sampled.
     */
    private Profile attach(long pid, Path dir) throws Exception {
        ConsoleProgress progress = ConsoleProgress.onStderr();
        AtomicReference<ProcSample> latest = new AtomicReference<>();
        Path collapsed = dir.resolve("profile.collapsed");
        boolean died = false;
        try (AttachedTarget jvm = AttachedTarget.attach(pid, BundledJars.agentJar());
             Sampler sampler = new Sampler(pid, System.nanoTime(), Sampler.DEFAULT_INTERVAL_MILLIS, latest::set)) {
            String used = jvm.startProfiling(event, interval, dir.resolve("profile.jfr"), collapsed);
            System.out.println("attached to JVM " + pid + ", profiling " + used
                + (jvm.fallbackReason() == null ? "" : " (perf events refused: " + jvm.fallbackReason() + ")")
                + (duration == 0 ? "; press Enter to stop" : ""));
            long start = System.nanoTime();
            while (!stopRequested(start)) {
                if (!alive(pid)) {
                    died = true;
                    break;
                }
                Thread.sleep(200);
                double done = duration == 0 ? -1 : (System.nanoTime() - start) / (duration * 1e9);
                progress.report(live(latest.get(), jvm), Math.min(1, done));
            }
            progress.done();
            if (!died) {
                jvm.dumpCollapsed(collapsed);
                jvm.stopProfiling();
            }
        } catch (IOException e) {
            if (alive(pid) || !Files.isRegularFile(collapsed)) {
                throw e;
            }
            died = true;            // it went away between our check and the last calls
        }
        System.out.println(died ? "JVM " + pid + " exited while being profiled; kept the samples up to its last snapshot"
            : "detached; JVM " + pid + " keeps running");
        return Files.isRegularFile(collapsed) ? new CollapsedStacksImporter().read(collapsed) : Profile.empty("JVM " + pid);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private boolean stopRequested(long start) throws IOException {
        if (duration > 0) {
            return System.nanoTime() - start >= duration * 1_000_000_000L;
        }
        return System.in.available() > 0;
    }

    private Profile launch(Path dir) throws Exception {
        TargetSpec spec = launchSpec();
        ConsoleProgress progress = ConsoleProgress.onStderr();
        TargetRun run = new TargetLauncher(BundledJars.agentJar())
            .run(spec, new AgentRequest(event, interval, true, List.of()), dir, progress);
        progress.done();
        System.out.printf(Locale.ROOT, "%s exited with code %d after %s: CPU %s, peak RSS %s%n", spec.name(), run.exitCode(),
            Figures.duration(run.measurement().wallMillis()), Figures.percent(run.measurement().cpuPercent()),
            Figures.bytes(run.measurement().peakRssBytes()));
        if (run.profile().totalSamples() == 0 && !run.succeeded()) {
            System.err.println("oxidizer: the target died before any sample was taken: " + run.lastWords());
            return null;
        }
        return run.profile();
    }

    private TargetSpec launchSpec() {
        if (target.sample != null) {
            if (!target.sample.equals(BundledWorkloads.TEXT_AGGREGATION)) {
                throw new IllegalArgumentException("no bundled sample '" + target.sample + "'; there is "
                    + BundledWorkloads.TEXT_AGGREGATION);
            }
            List<String> args = programArgs.isEmpty() ? List.of("--texts", "2000000") : programArgs;
            TargetSpec sample = BundledWorkloads.textAggregation(2_000_000, 42, jvmOptions.isEmpty() ? List.of("-Xmx1g") : jvmOptions)
                .target();
            return sample.withProgramArgs(args);
        }
        Path home = javaHome != null ? javaHome : Path.of(System.getProperty("java.home"));
        List<Path> cp = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(":")) {
                cp.add(Path.of(entry));
            }
        }
        String name = target.jar != null ? target.jar.getFileName().toString() : target.mainClass;
        return new TargetSpec(name, home, target.mainClass, target.jar, cp, programArgs, jvmOptions, workingDir, environment);
    }

    private static String live(ProcSample s, AttachedTarget jvm) {
        if (s == null) {
            return "profiling";
        }
        String heap;
        try {
            AttachedTarget.GcTotals gc = jvm.gc();
            heap = ", heap " + Figures.bytes(jvm.heap().getUsed()) + ", GC " + gc.collections() + "x/" + gc.millis() + " ms";
        } catch (Exception e) {
            heap = "";      // the JMX connection is gone with the target; the loop notices on its next turn
        }
        return String.format(Locale.ROOT, "profiling: CPU %s, RSS %s, %d threads%s", Figures.percent(s.cpuPercent()),
            Figures.bytes(s.rssBytes()), s.threads(), heap);
    }
}
