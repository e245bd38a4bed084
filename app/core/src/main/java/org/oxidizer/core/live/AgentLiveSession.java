package org.oxidizer.core.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.NativeCrash;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.core.task.Progress;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * A live session over the core: attaches to a running JVM, or first launches the target in the background
 * (the bundled sample on a corpus big enough to keep it busy for half an hour), as {@code oxidizer migrate} does.
 */
public final class AgentLiveSession implements LiveSession {

    private final AttachedTarget target;
    private volatile LiveMigration loop;
    private final List<Path> kernelJars;
    private final Process launched;
    private final Path output;
    private final List<Path> crashReports;
    private final String description;

    private AgentLiveSession(AttachedTarget target, Process launched, Path output, List<Path> crashReports,
                             String description, List<Path> kernelJars, KernelCatalog catalog) {
        this.target = target;
        this.loop = new LiveMigration(target, catalog);
        this.kernelJars = new java.util.ArrayList<>(kernelJars);
        this.launched = launched;
        this.output = output;
        this.crashReports = crashReports;
        this.description = description;
    }

    /**
     * Attaches to the target, launching it first in the background unless it is a running JVM; a bundled sample
     * runs at its live size (long enough to be migrated while it runs). Its output goes to
     * {@code dir/target-output.txt}.
     *
     * @throws IllegalArgumentException for a profile file: there is no JVM to swap methods in
     * @throws IOException with one sentence when a launched target exits at once
     */
    public static LiveSession open(Target choice, Path dir, Progress progress) throws Exception {
        return open(choice, dir, progress, List.of());
    }

    /**
     * As {@link #open(Target, Path, Progress)}, with kernel jars of one's own ({@code oxidizer kernel build}) added to
     * the catalog here and in the target.
     */
    public static LiveSession open(Target choice, Path dir, Progress progress, List<Path> kernelJars) throws Exception {
        KernelCatalog catalog = KernelCatalog.bundledWith(kernelJars);   // a missing jar is refused before anything is launched
        if (!choice.canRun()) {
            throw new IllegalArgumentException(choice.name() + " is a profile opened from a file: there is no JVM to swap"
                + " methods in. Choose a sample, a program to launch or a running JVM.");
        }
        Files.createDirectories(dir);
        if (choice.kind() == Target.Kind.ATTACH) {
            progress.report("attaching to JVM " + choice.pid(), -1);
            return attach(kernelJars, catalog, choice.pid(), null, null, "JVM " + choice.pid() + " (attached; it keeps running, with its swaps,"
                + " after the session)");
        }
        TargetSpec spec = choice.kind() == Target.Kind.SAMPLE ? live(choice.spec()) : choice.spec();
        Path out = dir.resolve("target-output.txt");
        progress.report("launching " + choice.name() + " in the background", -1);
        Process process = new TargetLauncher(BundledJars.agentJar()).start(spec, out);
        try {
            long deadline = System.nanoTime() + STARTUP_MILLIS * 1_000_000L;
            while (process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (!process.isAlive()) {
                throw new IOException(choice.name() + " exited at once (code " + process.exitValue() + "); its output is in " + out);
            }
            progress.report("attaching to JVM " + process.pid(), -1);
            String what = choice.name() + (choice.kind() == Target.Kind.SAMPLE ? " " + String.join(" ", spec.programArgs()) : "");
            return attach(kernelJars, catalog, process.pid(), process, out, "JVM " + process.pid() + ", " + what + ", launched here (output in "
                + out + "); it ends with the session");
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Time a launched target gets to start before the attach: the Attach API's signal must not reach a JVM still booting. */
    private static final long STARTUP_MILLIS = 1500;

    private static LiveSession attach(List<Path> kernelJars, KernelCatalog catalog, long pid, Process launched, Path output, String description)
            throws Exception {
        List<Path> crashReports = NativeCrash.reportLocations(pid);
        AttachedTarget target = AttachedTarget.attach(pid, BundledJars.agentJar());
        try {
            loadKernels(target, kernelJars);
        } catch (IOException e) {
            target.close();
            throw e;
        }
        return new AgentLiveSession(target, launched, output, crashReports, description, kernelJars, catalog);
    }

    private static void loadKernels(AttachedTarget target, List<Path> jars) throws IOException {
        if (jars.isEmpty()) {
            return;
        }
        List<String> answer = new LiveSwaps(target.swapControl()).addKernels(jars);
        List<String> problems = answer.stream().filter(line -> line.startsWith("problem: ")).toList();
        if (!problems.isEmpty()) {
            throw new IOException("JVM " + target.pid() + " could not load the kernel jars: " + String.join("; ", problems));
        }
    }

    @Override
    public synchronized void addKernelJars(List<Path> jars) throws Exception {
        List<Path> all = new java.util.ArrayList<>(kernelJars);
        all.addAll(jars);
        KernelCatalog catalog = KernelCatalog.bundledWith(all);     // a missing jar is refused before the target is asked
        loadKernels(target, jars);
        kernelJars.addAll(jars);
        loop = new LiveMigration(target, catalog);
    }

    /** The sample at its live size from the catalog, the JVM options chosen for it kept. */
    static TargetSpec live(TargetSpec sample) {
        return sample.withProgramArgs(BundledSamples.byId(sample.name()).liveArgs());
    }

    @Override
    public Path writeKernelProject(MigrationCandidate candidate, Path parent) throws Exception {
        org.oxidizer.core.match.MethodAnalysis m = candidate.method();
        if (m == null) {
            throw new org.oxidizer.core.kernelgen.KernelProjectException(candidate.frame()
                + " was not found in the target's class files, so its shape is unknown");
        }
        org.oxidizer.core.kernelgen.KernelPlan plan = new org.oxidizer.core.kernelgen.MethodRef(m.className(), m.name(),
            m.descriptor()).plan(loop.swaps().classFiles("JVM " + target.pid()));
        Path dir = parent.resolve(plan.id());
        for (int n = 2; Files.exists(dir); n++) {
            dir = parent.resolve(plan.id() + "-" + n);
        }
        org.oxidizer.core.kernelgen.KernelProject.write(plan, dir, false);
        return dir;
    }

    @Override
    public long pid() {
        return target.pid();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Profile profile(int seconds, Path dir, Progress progress) throws Exception {
        return guard(() -> loop.profile(seconds, dir, progress));
    }

    @Override
    public List<MigrationCandidate> candidates(Profile profile) {
        return loop.candidates(profile);
    }

    @Override
    public Verification captureAndVerify(MigrationCandidate candidate, int calls, int timeoutSeconds, long measureMillis,
                                         Progress progress)
            throws Exception {
        return guard(() -> loop.captureAndVerify(candidate, calls, timeoutSeconds, measureMillis, progress));
    }

    @Override
    public Advice advise(MigrationCandidate candidate, Verification verification) throws Exception {
        return guard(() -> loop.advise(candidate, verification));
    }

    @Override
    public LiveMigration.SwapOutcome swap(MigrationCandidate candidate, boolean force, int timeoutSeconds) throws Exception {
        return guard(() -> {
            woven(candidate);
            return loop.swap(candidate, force, timeoutSeconds);
        });
    }

    @Override
    public LiveMigration.RecordedSwap swapRecorded(MigrationCandidate candidate, boolean force, int timeoutSeconds,
                                                   int secondsEachSide, Path dir, Progress progress) throws Exception {
        return guard(() -> {
            woven(candidate);
            return loop.swapRecorded(candidate, force, timeoutSeconds, secondsEachSide, dir, progress);
        });
    }

    /** A forced swap of a method never verified: weave it first, counting only. */
    private void woven(MigrationCandidate candidate) {
        String key = LiveMigration.methodKey(candidate);
        if (!loop.swaps().methods().contains(key)) {
            loop.swaps().observe(key, 0, 0);
        }
    }

    @Override
    public void time(MigrationCandidate candidate) throws Exception {
        guard(() -> {
            loop.swaps().observe(LiveMigration.methodKey(candidate), 0, 0);
            return null;
        });
    }

    @Override
    public void shadow(MigrationCandidate candidate, long calls) throws Exception {
        KernelMatch kernel = candidate.kernel().orElseThrow();
        guard(() -> {
            loop.swaps().shadow(LiveMigration.methodKey(candidate), kernel.kernel(), kernel.parameters(), calls);
            return null;
        });
    }

    @Override
    public void canary(MigrationCandidate candidate, int percent) throws Exception {
        KernelMatch kernel = candidate.kernel().orElseThrow();
        guard(() -> {
            loop.swaps().canary(LiveMigration.methodKey(candidate), kernel.kernel(), kernel.parameters(), percent, false);
            return null;
        });
    }

    @Override
    public List<String> wovenMethods() throws Exception {
        return guard(() -> loop.swaps().methods());
    }

    @Override
    public boolean revert(String methodKey) throws Exception {
        return guard(() -> loop.swaps().revert(methodKey));
    }

    @Override
    public Optional<RouteStatus> status(String methodKey) throws Exception {
        return guard(() -> loop.swaps().methods().contains(methodKey) ? Optional.of(loop.swaps().status(methodKey))
            : Optional.empty());
    }

    @Override
    public boolean isAlive() {
        return target.isAlive();
    }

    @Override
    public String deathSentence() {
        return NativeCrash.find(crashReports).map(c -> c.describe(pid()))
            .orElse("JVM " + pid() + " exited while Oxidizer worked on it" + (output == null ? "" : "; its output is in " + output));
    }

    private interface AgentCall<T> {
        T call() throws Exception;
    }

    /**
     * A failure because the target died becomes its death sentence. A lost connection gives the JVM a moment to
     * finish dying (writing a crash report takes a while); the agent's own refusals come back at once.
     */
    private <T> T guard(AgentCall<T> call) throws Exception {
        try {
            return call.call();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid());
            if (handle.isPresent() && handle.get().isAlive() && lostConnection(e)) {
                try {
                    handle.get().onExit().get(2, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    throw e;
                }
            }
            if (isAlive()) {
                throw e;
            }
            throw new TargetGoneException(deathSentence(), e);
        }
    }

    private static boolean lostConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            target.close();
        } catch (IOException e) {
            // the connection is going away either way
        }
        if (launched != null) {
            launched.destroy();
            try {
                if (!launched.waitFor(5, TimeUnit.SECONDS)) {
                    launched.destroyForcibly();
                }
            } catch (InterruptedException e) {
                launched.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
