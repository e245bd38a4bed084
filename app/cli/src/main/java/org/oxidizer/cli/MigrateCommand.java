package org.oxidizer.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.AgentLiveSession;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.core.live.LiveResult;
import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.live.LiveSession;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.TargetGoneException;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.report.LiveResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The loop on a running JVM: profile, list candidates, capture and verify, advise, and on request shadow,
 * canary or swap the top candidate, without restarting the target.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Find the hot methods a kernel can replace in a running JVM, verify the kernel on captured real calls,"
        + " advise, and swap (or shadow / canary) live.")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    TargetOptions target;

    @Option(names = "--duration", defaultValue = "5", description = "Seconds to profile before choosing (default ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--method", description = "Work on the candidate whose frame contains this text (default: the top replaceable one).")
    String method;

    @Option(names = "--calls", defaultValue = "50", description = "Live calls to capture for verification (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--capture-timeout", defaultValue = "60", description = "Seconds to wait for those calls (default ${DEFAULT-VALUE}).")
    int captureTimeout;

    @Option(names = "--measure-seconds", defaultValue = "5", description = "Seconds to time Java and the kernel side by side"
        + " on the captured calls once their answers agree (default ${DEFAULT-VALUE}).")
    double measureSeconds;

    @Option(names = "--watch", defaultValue = "10", paramLabel = "SECONDS", description = "With --swap: seconds to measure the"
        + " method in place after the swap (and up to 5 before anything is captured), from the agent's timers (default"
        + " ${DEFAULT-VALUE}).")
    int watch;

    @Option(names = "--json", description = "Print the whole result as JSON on standard output (the text goes to standard error).")
    boolean json;

    @Option(names = "--swap", description = "Swap the method for its kernel when verification passed.")
    boolean swap;

    @Option(names = "--record-swap", description = "With --swap: record the target's CPU for " + LiveSession.SWAP_RECORD_SECONDS
        + " s before and after the swap (swap/profile.jfr in --out) and print what moved from before to after.")
    boolean recordSwap;

    @Option(names = "--force", description = "Swap even when verification failed (the report says so).")
    boolean force;

    @Option(names = "--shadow", paramLabel = "CALLS", description = "Run the kernel beside Java on this many live calls, Java answering.")
    long shadow;

    @Option(names = "--canary", paramLabel = "PERCENT", description = "Let the kernel serve this share of live calls.")
    int canary;

    @Option(names = "--revert", description = "Revert every method swapped in the target, then stop.")
    boolean revert;

    @Option(names = "--kernels", paramLabel = "JAR", description = "A kernel jar of your own (oxidizer kernel build) to add to"
        + " the catalog, here and in the target; repeatable.")
    List<Path> kernels = List.of();

    @Option(names = "--out", description = "Folder for the profile and a launched target's output (default ./oxidizer-out/<time>).")
    Path out;

    private static final int SWAP_WAIT_SECONDS = 30;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.orDefault(out);
        Files.createDirectories(dir);
        ConsoleProgress progress = ConsoleProgress.onStderr();
        try (LiveSession session = AgentLiveSession.open(target.target(true), dir, progress, kernels)) {
            progress.done();
            (json ? System.err : System.out).println(session.description());
            if (revert) {
                for (String key : session.wovenMethods()) {
                    System.out.println((session.revert(key) ? "reverted " : "was not swapped: ") + key);
                }
                return 0;
            }
            return migrate(session, dir, progress);
        } catch (TargetGoneException e) {
            progress.done();
            System.err.println("oxidizer: " + e.getMessage() + "; what was found so far is above and in " + dir);
            if (latest != null) {
                emit(latest.endedBy(e.getMessage()));
            }
            return 1;
        }
    }

    /** What was found and done so far: {@code --json} prints it even when the target dies half way. */
    private LiveResult latest;

    private void step(LiveResult result) {
        latest = result;
    }

    private int migrate(LiveSession session, Path dir, ConsoleProgress progress) throws Exception {
        PrintStream out = json ? System.err : System.out;
        Profile profile = session.profile(duration, dir, progress);
        progress.done();
        List<MigrationCandidate> candidates = session.candidates(profile);
        MigrationPrinter.candidates(out, candidates);
        MigrationCandidate chosen = choose(candidates);
        step(new LiveResult(session.pid(), session.description(), candidates, chosen, null, null, null, null, null));
        if (chosen == null) {
            out.println("no hot method here can be replaced by a kernel of the catalog (`oxidizer kernels` lists them)");
            emit(latest);
            return 0;
        }
        KernelMatch kernel = chosen.kernel().orElseThrow();
        String key = LiveMigration.methodKey(chosen);
        InPlaceMeter meter = null;
        if (swap) {
            // The baseline first, before anything is captured or measured: the method timed where it runs
            session.timeForBaseline(chosen);
            meter = new InPlaceMeter(session, key);
            out.println();
            out.println("in place, before anything else (the method's own time per call, the agent's timers):");
            watch(meter, Math.min(LiveSession.BASELINE_SECONDS, watch), out);
        }
        out.println();
        out.println("verifying " + kernel.kernel() + " for " + chosen.frame());
        Verification verification = session.captureAndVerify(chosen, calls, captureTimeout,
            Math.round(measureSeconds * 1000), progress);
        progress.done();
        RouteStatus observed = session.status(key).orElse(null);
        MigrationPrinter.verification(out, verification, verification.shortfall(calls, captureTimeout),
            observed == null ? "" : observed.captureCost());
        Advice advice = session.advise(chosen, verification);
        step(new LiveResult(session.pid(), session.description(), candidates, chosen, verification, observed, advice,
            null, null));
        MigrationPrinter.advice(out, advice);
        if (shadow > 0) {
            session.shadow(chosen, shadow);
            out.println(LiveMigration.shadowStarted(shadow));
            out.println(session.awaitStatus(key, st -> st.shadowCompared() >= shadow, captureTimeout).shadowSummary());
        }
        if (canary > 0) {
            session.canary(chosen, canary);
            out.println(LiveMigration.canaryStarted(canary) + ": " + key);
        }
        LiveMigration.SwapOutcome outcome = null;
        if (swap) {
            if (!verification.passed() && !force) {
                System.err.println("oxidizer: not swapping: the kernel disagreed with Java (use --force to swap anyway)");
                emit(latest);
                return 1;
            }
            org.oxidizer.core.target.ProfileResult recording = null;
            if (recordSwap) {
                out.println("recording " + LiveSession.SWAP_RECORD_SECONDS + " s before the swap and "
                    + LiveSession.SWAP_RECORD_SECONDS + " s after it");
                LiveMigration.RecordedSwap recorded = session.swapRecorded(chosen, force, SWAP_WAIT_SECONDS,
                    LiveSession.SWAP_RECORD_SECONDS, dir.resolve("swap"), progress);
                progress.done();
                outcome = recorded.outcome();
                recording = recorded.profile();
            } else {
                outcome = session.swap(chosen, force, SWAP_WAIT_SECONDS);
            }
            step(new LiveResult(session.pid(), session.description(), candidates, chosen, verification, observed, advice,
                outcome, meter));
            out.println(outcome.sentence(SWAP_WAIT_SECONDS));
            if (recording != null) {
                beforeAndAfter(recording, out);
            }
            out.println("in place, after the swap:");
            watch(meter, watch, out);
            MigrationPrinter.predictionAgainstInPlace(out, latest);
            if (target.which.pid != null) {
                out.println("  revert with `oxidizer migrate --pid " + session.pid() + " --revert`");
            }
        }
        emit(latest);
        return verification.passed() || !swap ? 0 : 1;
    }

    /** The recording around the swap: what moved from before it to after it, and how to look again. */
    private static void beforeAndAfter(org.oxidizer.core.target.ProfileResult recording, PrintStream out) throws Exception {
        org.oxidizer.core.profile.Timeline line = org.oxidizer.core.profile.ProfileFiles.timeline(recording.files(),
            org.oxidizer.core.profile.JfrImporter.Kind.CPU, recording.profile());
        if (!line.hasTimes() || line.marks().isEmpty()) {
            out.println("the recording around the swap has no time line: " + (line.hasTimes() ? "the swap's moment was not kept"
                : line.whyNone()));
            return;
        }
        long at = line.marks().get(0).atNanos();
        out.println();
        out.println("before and after the swap, one process (the recording's two ranges):");
        new TimelinePrinter(out).printDiff(line.between(0, at), line.between(at, Long.MAX_VALUE), 8);
        Path jfr = org.oxidizer.core.profile.ProfileFiles.recording(recording.files()).orElseThrow();
        out.printf(java.util.Locale.ROOT, "  again: oxidizer hotspots %s --timeline --to %.1f --against %.1f-%.1f%n", jfr, at / 1e9,
            at / 1e9, line.durationNanos() / 1e9);
    }

    /** Readings every half second for {@code seconds}, one line per second. */
    private static void watch(InPlaceMeter meter, int seconds, PrintStream out) throws Exception {
        meter.rebase();
        for (int i = 1; i <= seconds * 2; i++) {
            Thread.sleep(500);
            java.util.Optional<InPlaceMeter.Point> p = meter.read();
            if (p.isPresent() && i % 2 == 0) {
                MigrationPrinter.reading(out, p.get());
            }
        }
    }

    private void emit(LiveResult result) throws java.io.IOException {
        if (json) {
            java.io.Writer writer = new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
            LiveResultJson.write(result, writer);
            System.out.println();
            System.out.flush();
        }
    }

    private MigrationCandidate choose(List<MigrationCandidate> candidates) {
        for (MigrationCandidate c : candidates) {
            if (c.replaceable() && (method == null || c.frame().contains(method))) {
                return c;
            }
        }
        return null;
    }
}
