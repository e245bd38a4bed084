package org.oxidizer.gui.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.oxidizer.core.migrate.Advice;
import org.oxidizer.core.migrate.LiveMigration;
import org.oxidizer.core.migrate.MigrationCandidate;
import org.oxidizer.core.migrate.RouteStatus;
import org.oxidizer.core.migrate.Verification;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.task.Progress;

/**
 * A running JVM the Migrate step works on, the GUI's handle on {@link LiveMigration}. Every call may block
 * (it talks to the target's agent), so callers run it off the FX thread. A call that fails because the
 * target died throws {@link TargetGoneException} with the one sentence saying how it died.
 */
public interface LiveSession extends AutoCloseable {

    long pid();

    /** "JVM 4242, launched here with 500,000,000 lines; it ends with the session" */
    String description();

    Profile profile(int seconds, Path dir, Progress progress) throws Exception;

    List<MigrationCandidate> candidates(Profile profile);

    Verification captureAndVerify(MigrationCandidate candidate, int calls, int timeoutSeconds, Progress progress)
        throws Exception;

    Advice advise(MigrationCandidate candidate, Verification verification) throws Exception;

    LiveMigration.SwapOutcome swap(MigrationCandidate candidate, boolean force, int timeoutSeconds) throws Exception;

    /** The next {@code calls} calls run Java and the kernel; Java answers, disagreements are counted. */
    void shadow(MigrationCandidate candidate, long calls) throws Exception;

    /** The kernel serves {@code percent}% of calls; refused by the agent without a passing verification. */
    void canary(MigrationCandidate candidate, int percent) throws Exception;

    /** Restores the Java method; false when it was not woven. */
    boolean revert(String methodKey) throws Exception;

    /** The method's live counters; empty while it is not woven (never observed, or reverted). */
    Optional<RouteStatus> status(String methodKey) throws Exception;

    boolean isAlive();

    /** Why the target is gone, one sentence: its crash report when it died in native code. Call once it is gone. */
    String deathSentence();

    /** Disconnects; a target launched for the session is ended, an attached one keeps running (with its swaps). */
    @Override
    void close();
}
