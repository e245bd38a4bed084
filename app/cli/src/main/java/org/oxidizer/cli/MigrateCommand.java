package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oxidizer.core.migrate.Advice;
import org.oxidizer.core.migrate.LiveMigration;
import org.oxidizer.core.migrate.MigrationCandidate;
import org.oxidizer.core.migrate.RouteStatus;
import org.oxidizer.core.migrate.Verification;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.NativeCrash;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.kernels.catalog.KernelCatalog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The loop on a running JVM: profile, list candidates, capture and verify, advise, and on request shadow,
 * canary or swap the top candidate, without restarting the target.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Find the hot methods a kernel can replace in a running JVM, verify the kernel on captured real calls,"
        + " advise, and swap (or shadow / canary) live.")
final class MigrateCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--pid", description = "Attach to this running JVM.")
        Long pid;

        @Option(names = "--sample", description = "Launch the bundled text-aggregation sample in the background and attach to it.")
        String sample;

        @Option(names = "--jar", description = "Launch this jar (java -jar) and attach to it.")
        Path jar;

        @Option(names = "--main-class", description = "Launch this main class (with --cp) and attach to it.")
        String mainClass;
    }

    @Option(names = "--cp", description = "Class path for --main-class, separated by ':'.")
    String classpath;

    @Option(names = "--jvm-option", description = "A JVM option for a launched target (repeatable).")
    List<String> jvmOptions = new ArrayList<>();

    @picocli.CommandLine.Parameters(paramLabel = "ARGS", description = "Program arguments of a launched target (after --).")
    List<String> programArgs = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--duration", defaultValue = "5", description = "Seconds to profile before choosing (default ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--method", description = "Work on the candidate whose frame contains this text (default: the top replaceable one).")
    String method;

    @Option(names = "--calls", defaultValue = "50", description = "Live calls to capture for verification (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--capture-timeout", defaultValue = "60", description = "Seconds to wait for those calls (default ${DEFAULT-VALUE}).")
    int captureTimeout;

    @Option(names = "--swap", description = "Swap the method for its kernel when verification passed.")
    boolean swap;

    @Option(names = "--force", description = "Swap even when verification failed (the report says so).")
    boolean force;

    @Option(names = "--shadow", paramLabel = "CALLS", description = "Run the kernel beside Java on this many live calls, Java answering.")
    long shadow;

    @Option(names = "--canary", paramLabel = "PERCENT", description = "Let the kernel serve this share of live calls.")
    int canary;

    @Option(names = "--revert", description = "Revert every method swapped in the target, then stop.")
    boolean revert;

    @Option(names = "--out", description = "Folder for the profile (default ./oxidizer-out/<time>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.orDefault(out);
        Files.createDirectories(dir);
        Process launched = target.pid != null ? null : launch(dir);
        long pid = launched == null ? target.pid : launched.pid();
        List<Path> crashReports = NativeCrash.reportLocations(pid);
        ConsoleProgress progress = ConsoleProgress.onStderr();
        try (AttachedTarget attached = AttachedTarget.attach(pid, BundledJars.agentJar())) {
            LiveMigration loop = new LiveMigration(attached, KernelCatalog.bundled());
            if (revert) {
                for (String key : loop.swaps().methods()) {
                    System.out.println((loop.swaps().revert(key) ? "reverted " : "was not swapped: ") + key);
                }
                return 0;
            }
            return migrate(loop, dir, progress, pid);
        } catch (RuntimeException e) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                String why = NativeCrash.find(crashReports).map(c -> c.describe(pid))
                    .orElse("JVM " + pid + " exited while Oxidizer worked on it");
                System.err.println("oxidizer: " + why + "; what was found so far is above and in " + dir);
                return 1;
            }
            throw e;
        } finally {
            if (launched != null) {
                launched.destroy();
            }
        }
    }

    private int migrate(LiveMigration loop, Path dir, ConsoleProgress progress, long pid) throws Exception {
        Profile profile = loop.profile(duration, dir, progress);
        progress.done();
        List<MigrationCandidate> candidates = loop.candidates(profile);
        MigrationPrinter.candidates(candidates);
        MigrationCandidate chosen = choose(candidates);
        if (chosen == null) {
            System.out.println("no hot method here can be replaced by a kernel of the catalog (`oxidizer kernels` lists them)");
            return 0;
        }
        System.out.println();
        System.out.println("verifying " + chosen.kernel().orElseThrow().kernel() + " for " + chosen.frame());
        Verification verification = loop.captureAndVerify(chosen, calls, captureTimeout, progress);
        progress.done();
        MigrationPrinter.verification(verification);
        if (verification.calls() < calls) {
            System.out.println("  (" + verification.calls() + " of the " + calls + " calls asked for: the capture keeps at most"
                + " 64 MB of arguments and answers, or the method ran less often within " + captureTimeout + " s)");
        }
        RouteStatus observed = loop.swaps().status(LiveMigration.methodKey(chosen));
        System.out.printf(Locale.ROOT, "  capture cost: %.1f%% on top of the captured calls' own time; the method runs %.1f times/s%n",
            100 * observed.captureOverhead(), observed.callsPerSecond());
        Advice advice = loop.advise(chosen, verification);
        MigrationPrinter.advice(advice);
        String key = LiveMigration.methodKey(chosen);
        String kernel = chosen.kernel().orElseThrow().kernel();
        if (shadow > 0) {
            loop.swaps().shadow(key, kernel, chosen.kernel().get().parameters(), shadow);
            RouteStatus s = waitShadow(loop, key);
            System.out.printf(Locale.ROOT, "shadow: %d live calls compared, %d disagreed%s%n", s.shadowCompared(),
                s.shadowDisagreed(), s.shadowExamples().isEmpty() ? "" : "; first: " + s.shadowExamples().get(0));
        }
        if (canary > 0) {
            loop.swaps().canary(key, kernel, chosen.kernel().get().parameters(), canary, force);
            System.out.println("canary: the kernel now serves " + canary + "% of live calls of " + key);
        }
        if (swap) {
            if (!verification.passed() && !force) {
                System.err.println("oxidizer: not swapping: the kernel disagreed with Java (use --force to swap anyway)");
                return 1;
            }
            LiveMigration.SwapOutcome outcome = loop.swap(chosen, force, 30);
            System.out.println((outcome.forced() ? "SWAPPED UNVERIFIED (forced): " : "swapped: ") + key + " -> " + kernel);
            System.out.println(outcome.firstServedNanos() < 0 ? "  the kernel served no call within 30 s"
                : String.format(Locale.ROOT, "  first call served by the kernel %.1f ms after the swap; revert with"
                    + " `oxidizer migrate --pid %d --revert`", outcome.firstServedNanos() / 1e6, pid));
        }
        return verification.passed() || !swap ? 0 : 1;
    }

    private RouteStatus waitShadow(LiveMigration loop, String key) throws InterruptedException {
        long deadline = System.nanoTime() + captureTimeout * 1_000_000_000L;
        RouteStatus s = loop.swaps().status(key);
        while (s.shadowCompared() < shadow && System.nanoTime() < deadline) {
            Thread.sleep(100);
            s = loop.swaps().status(key);
        }
        return s;
    }

    private MigrationCandidate choose(List<MigrationCandidate> candidates) {
        for (MigrationCandidate c : candidates) {
            if (c.replaceable() && (method == null || c.frame().contains(method))) {
                return c;
            }
        }
        return null;
    }

    /** Starts the target in the background, its output into the out folder; it is stopped when the command ends. */
    private Process launch(Path dir) throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        TargetSpec spec;
        if (target.sample != null) {
            if (!"text-aggregation".equals(target.sample)) {
                throw new IllegalArgumentException("no bundled sample '" + target.sample + "'; there is text-aggregation");
            }
            List<String> args = new ArrayList<>(List.of("--texts", "100000000", "--batch", "20000"));
            args.addAll(programArgs);
            List<String> options = new ArrayList<>(List.of("-Xmx1g"));
            options.addAll(jvmOptions);
            spec = new TargetSpec(target.sample, javaHome, "org.oxidizer.samples.textagg.TextAggregationPipeline", null,
                List.of(BundledJars.samplesJar()), args, options, null, Map.of());
        } else {
            List<Path> cp = classpath == null ? List.of()
                : Arrays.stream(classpath.split(":")).map(Path::of).toList();
            String name = target.jar != null ? target.jar.getFileName().toString() : target.mainClass;
            spec = new TargetSpec(name, javaHome, target.mainClass, target.jar, cp, programArgs, jvmOptions, null, Map.of());
        }
        // Same command line as a profiled run (JDK 21+ flags included), without the agent: it is attached next.
        Process p = new TargetLauncher(BundledJars.agentJar()).start(spec, dir.resolve("target-output.txt"));
        Thread.sleep(1500);
        if (!p.isAlive()) {
            throw new IllegalStateException("the target exited at once; see " + dir.resolve("target-output.txt"));
        }
        System.out.println("launched JVM " + p.pid() + " (output in " + dir.resolve("target-output.txt") + ")");
        return p;
    }
}
