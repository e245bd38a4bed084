package org.oxidizer.core.target;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.measure.RunMeasurement;
import org.oxidizer.core.measure.Sampler;
import org.oxidizer.core.profile.CollapsedStacksImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFormatException;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/**
 * Starts a target JVM with the agent, samples it from /proc while it runs, and collects what it left:
 * exit code, measurement, the profile and the agent's status. A target that dies still yields a run.
 */
public final class TargetLauncher {

    /** Flags that keep JDK 21+ from warning about a dynamically loaded agent and JNA's native access. */
    static final List<String> MODERN_JDK_FLAGS = List.of("-XX:+EnableDynamicAgentLoading", "--enable-native-access=ALL-UNNAMED");

    /** Where a run folder keeps the collapsed stacks and the JFR recording, launched or attached alike. */
    static final String COLLAPSED_FILE = "profile.collapsed";
    static final String JFR_FILE = "profile.jfr";

    private final Path agentJar;

    public TargetLauncher(Path agentJar) {
        this.agentJar = agentJar;
    }

    /**
     * @param request  what the agent should do, or null to run the target without any agent (a baseline)
     * @param runDir   where the profile and status files go (created if missing)
     * @param progress sees the workload's own {@code oxidizer.progress=} reports, else elapsed time only
     */
    public TargetRun run(TargetSpec spec, AgentRequest request, Path runDir, Progress progress)
            throws IOException, InterruptedException {
        return run(spec, request, runDir, progress, sample -> { }, new StopSignal());
    }

    /**
     * @param live sees each /proc sample of the target as it is taken, on the sampler's thread
     * @param stop on request the target is asked to exit (SIGTERM): its shutdown hooks run, and the agent
     *             writes what it sampled
     */
    public TargetRun run(TargetSpec spec, AgentRequest request, Path runDir, Progress progress, Consumer<ProcSample> live,
                         StopSignal stop) throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        Path collapsed = runDir.resolve(COLLAPSED_FILE);
        Path jfr = runDir.resolve(JFR_FILE);
        Path status = runDir.resolve("agent-status.properties");
        for (Path old : List.of(collapsed, jfr, status, org.oxidizer.core.profile.ProfileFiles.marksFile(jfr))) {
            Files.deleteIfExists(old);
        }

        List<String> command = command(spec, request == null ? null : request.toAgentOptions(collapsed, jfr, status));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (spec.workingDir() != null) {
            builder.directory(spec.workingDir().toFile());
        }
        builder.environment().putAll(spec.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        double[] workloadFraction = {-1};
        TargetOutput output = new TargetOutput(process, entry -> {
            if (entry.getKey().equals("progress")) {
                workloadFraction[0] = parseFraction(entry.getValue());
            }
        });
        int exitCode;
        List<ProcSample> series;
        stop.onRequest(process::destroy);
        try (Sampler sampler = new Sampler(process.pid(), start, Sampler.DEFAULT_INTERVAL_MILLIS, sample -> {
                live.accept(sample);
                progress.report(spec.name() + " running " + seconds(sample.elapsedMillis()), workloadFraction[0]);
            })) {
            exitCode = process.waitFor();
            series = sampler.samples();
        } finally {
            process.destroyForcibly();
        }
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        output.awaitEnd();
        AgentReport agent = AgentReport.read(status);
        Optional<Profile> recorded = request == null ? Optional.empty()
            : fromRecording(jfr, request.event(), request.nativemem() != null);
        Profile profile = recorded.isPresent() ? recorded.get() : readProfile(collapsed, spec.name());
        return new TargetRun(spec, exitCode, measure(wallMillis, series, agent), output.reported(), agent, profile,
            output.tail(), command, request != null && request.nativemem() != null ? nativeMemory(jfr, request.nativemem()) : null);
    }

    /**
     * Starts the target in the background, without the agent (attach it later), its output going to
     * {@code output}: for the live loop, where the target keeps running while it is migrated. The caller ends it.
     */
    public Process start(TargetSpec spec, Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command(spec, null)).redirectErrorStream(true)
            .redirectOutput(output.toFile());
        if (spec.workingDir() != null) {
            builder.directory(spec.workingDir().toFile());
        }
        builder.environment().putAll(spec.environment());
        return builder.start();
    }

    List<String> command(TargetSpec spec, String agentOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(spec.javaHome().resolve("bin").resolve("java").toString());
        if (JavaRuntimeVersion.feature(spec.javaHome()) >= 21) {
            cmd.addAll(MODERN_JDK_FLAGS);
        }
        cmd.addAll(spec.jvmOptions());
        if (agentOptions != null) {
            cmd.add("-javaagent:" + agentJar.toAbsolutePath() + "=" + agentOptions);
        }
        if (!spec.classpath().isEmpty()) {
            cmd.add("-cp");
            cmd.add(spec.classpath().stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        }
        if (spec.jar() != null) {
            cmd.add("-jar");
            cmd.add(spec.jar().toAbsolutePath().toString());
        } else {
            cmd.add(spec.mainClass());
        }
        cmd.addAll(spec.programArgs());
        return cmd;
    }

    /** The sampler may miss the last interval; the agent's own exit reading fills that in when present. */
    private static RunMeasurement measure(long wallMillis, List<ProcSample> series, AgentReport agent) {
        long cpu = agent.processCpuNanos();
        long peak = agent.processPeakRssBytes();
        int threads = 0;
        for (ProcSample s : series) {
            cpu = Math.max(cpu, s.cpuNanos());
            peak = Math.max(peak, s.peakRssBytes());
            threads = Math.max(threads, s.threads());
        }
        return new RunMeasurement(wallMillis, cpu, peak, threads, series);
    }

    /**
     * A run's profile from its JFR recording where the collapsed stacks do not weigh its event, one rule for launched and
     * attached runs: nativemem counts malloc calls there, not bytes; nativemem recorded beside another event mixes the
     * mallocs into that event's samples. Empty when the collapsed stacks stand (and for a recording cut short).
     */
    static Optional<Profile> fromRecording(Path jfr, String event, boolean nativememBeside) throws IOException {
        org.oxidizer.core.profile.JfrImporter.Kind kind = org.oxidizer.core.profile.ProfileFiles.kindOf(event);
        if ((kind == org.oxidizer.core.profile.JfrImporter.Kind.NATIVEMEM || nativememBeside) && jfr != null
                && Files.isRegularFile(jfr) && Files.size(jfr) > 0) {
            try {
                return Optional.of(new org.oxidizer.core.profile.JfrImporter().read(jfr, kind));
            } catch (ProfileFormatException e) {
                return Optional.empty();        // a recording cut short: what the collapsed stacks kept still stands
            }
        }
        return Optional.empty();
    }

    /** What the run's recording says of native memory; null when it holds none or cannot be read (said by the caller). */
    private static org.oxidizer.core.profile.NativeMemory nativeMemory(Path jfr, String interval) {
        try {
            return Files.isRegularFile(jfr) ? org.oxidizer.core.profile.NativeMemory.of(jfr, interval).orElse(null) : null;
        } catch (IOException | org.oxidizer.core.profile.ProfileFormatException e) {
            return null;        // a recording cut short: the run's other figures stand
        }
    }

    private static Profile readProfile(Path collapsed, String name) throws IOException {
        if (!Files.isRegularFile(collapsed)) {
            return Profile.empty(name);
        }
        try {
            return new CollapsedStacksImporter().read(collapsed);
        } catch (ProfileFormatException e) {
            throw new IOException("the profile of " + name + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static double parseFraction(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String seconds(long millis) {
        return String.format("%.1fs", millis / 1000.0);
    }
}
