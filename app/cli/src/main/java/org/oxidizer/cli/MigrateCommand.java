package org.oxidizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidizer.core.live.AgentLiveSession;
import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.live.LiveSession;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.TargetGoneException;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
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

    @Option(names = "--out", description = "Folder for the profile and a launched target's output (default ./oxidizer-out/<time>).")
    Path out;

    private static final int SWAP_WAIT_SECONDS = 30;

    @Override
    public Integer call() throws Exception {
        Path dir = OutputFolder.orDefault(out);
        Files.createDirectories(dir);
        ConsoleProgress progress = ConsoleProgress.onStderr();
        try (LiveSession session = AgentLiveSession.open(target.target(true), dir, progress)) {
            progress.done();
            System.out.println(session.description());
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
            return 1;
        }
    }

    private int migrate(LiveSession session, Path dir, ConsoleProgress progress) throws Exception {
        Profile profile = session.profile(duration, dir, progress);
        progress.done();
        List<MigrationCandidate> candidates = session.candidates(profile);
        MigrationPrinter.candidates(candidates);
        MigrationCandidate chosen = choose(candidates);
        if (chosen == null) {
            System.out.println("no hot method here can be replaced by a kernel of the catalog (`oxidizer kernels` lists them)");
            return 0;
        }
        KernelMatch kernel = chosen.kernel().orElseThrow();
        String key = LiveMigration.methodKey(chosen);
        System.out.println();
        System.out.println("verifying " + kernel.kernel() + " for " + chosen.frame());
        Verification verification = session.captureAndVerify(chosen, calls, captureTimeout, progress);
        progress.done();
        RouteStatus observed = session.status(key).orElse(null);
        MigrationPrinter.verification(verification, verification.shortfall(calls, captureTimeout),
            observed == null ? "" : observed.captureCost());
        MigrationPrinter.advice(session.advise(chosen, verification));
        if (shadow > 0) {
            session.shadow(chosen, shadow);
            System.out.println(LiveMigration.shadowStarted(shadow));
            System.out.println(session.awaitStatus(key, st -> st.shadowCompared() >= shadow, captureTimeout).shadowSummary());
        }
        if (canary > 0) {
            session.canary(chosen, canary);
            System.out.println(LiveMigration.canaryStarted(canary) + ": " + key);
        }
        if (swap) {
            if (!verification.passed() && !force) {
                System.err.println("oxidizer: not swapping: the kernel disagreed with Java (use --force to swap anyway)");
                return 1;
            }
            LiveMigration.SwapOutcome outcome = session.swap(chosen, force, SWAP_WAIT_SECONDS);
            System.out.println(outcome.sentence(SWAP_WAIT_SECONDS));
            if (target.which.pid != null) {
                System.out.println("  revert with `oxidizer migrate --pid " + session.pid() + " --revert`");
            }
        }
        return verification.passed() || !swap ? 0 : 1;
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
