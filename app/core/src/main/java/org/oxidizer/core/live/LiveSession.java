package org.oxidizer.core.live;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.task.Progress;

/**
 * A running JVM being migrated: the one handle on {@link LiveMigration} that {@code oxidizer migrate} and the GUI's
 * Migrate step both drive. Every call may block (it talks to the target's agent), so a GUI runs it off its UI thread. A call that fails because the
 * target died throws {@link TargetGoneException} with the one sentence saying how it died.
 */
public interface LiveSession extends AutoCloseable {

    /** Calls captured for a verification unless asked otherwise. */
    int DEFAULT_CAPTURE_CALLS = LiveSwaps.DEFAULT_CAPTURE_CALLS;

    /** Time for the A/B measurement after a passing verification unless asked otherwise. */
    long DEFAULT_MEASURE_MILLIS = 5_000;

    long pid();

    /** "JVM 4242, launched here with 500,000,000 lines; it ends with the session" */
    String description();

    Profile profile(int seconds, Path dir, Progress progress) throws Exception;

    List<MigrationCandidate> candidates(Profile profile);

    /** Captures calls, compares the kernel's answers with Java's on them and, if all agree, times both side by side. */
    Verification captureAndVerify(MigrationCandidate candidate, int calls, int timeoutSeconds, long measureMillis,
                                  Progress progress) throws Exception;

    Advice advise(MigrationCandidate candidate, Verification verification) throws Exception;

    LiveMigration.SwapOutcome swap(MigrationCandidate candidate, boolean force, int timeoutSeconds) throws Exception;

    /** Seconds recorded on each side of a recorded swap. */
    int SWAP_RECORD_SECONDS = 4;

    /**
     * Swaps in the middle of a CPU recording of {@code secondsEachSide} before and after it, written to {@code dir}: its
     * time line's two ranges are "before the swap" and "after the swap". A session that cannot record only swaps.
     */
    default LiveMigration.RecordedSwap swapRecorded(MigrationCandidate candidate, boolean force, int timeoutSeconds,
                                                    int secondsEachSide, Path dir, Progress progress) throws Exception {
        return new LiveMigration.RecordedSwap(swap(candidate, force, timeoutSeconds), null);
    }

    /** Weaves the method to count and time its calls (the agent's timers), capturing nothing: a baseline. */
    void time(MigrationCandidate candidate) throws Exception;

    /** Seconds of in-place baseline (the method timed where it runs) before anything is captured or measured. */
    int BASELINE_SECONDS = 5;

    /**
     * Adds kernel jars of one's own ({@code oxidizer kernel build}) to the catalog, here and in the target; the next
     * profile's candidates are matched against them too.
     *
     * @throws java.io.IOException with one sentence when the target could not load them
     */
    default void addKernelJars(List<Path> jars) throws Exception {
        throw new UnsupportedOperationException("this session cannot add kernel jars");
    }

    /**
     * Writes a kernel project for a hot method no kernel of the catalog can replace ({@code oxidizer kernel new}), from
     * the class file as the target's class loader has it, into {@code parent/<kernel id>}.
     *
     * @return the project's folder ({@code parent/<kernel id>}, or {@code <kernel id>-2}... when that is taken)
     * @throws org.oxidizer.core.kernelgen.KernelProjectException with one sentence when the method's shape or body is refused
     */
    default Path writeKernelProject(MigrationCandidate candidate, Path parent)
            throws Exception {
        throw new UnsupportedOperationException("this session cannot read the target's class files");
    }

    /** Weaving sends the method back to the interpreter: this long lets the JIT compile it again before a baseline. */
    long JIT_SETTLE_MILLIS = 1_000;

    /**
     * {@link #time} and then wait {@link #JIT_SETTLE_MILLIS}, so a baseline that starts now times the method as it
     * ran before it was woven. Does nothing to a method already woven (its timers already run, and a swap stays).
     *
     * @return whether the method was woven now, so that a baseline can start
     */
    default boolean timeForBaseline(MigrationCandidate candidate) throws Exception {
        if (status(LiveMigration.methodKey(candidate)).isPresent()) {
            return false;
        }
        time(candidate);
        Thread.sleep(JIT_SETTLE_MILLIS);
        return true;
    }

    /** The next {@code calls} calls run Java and the kernel; Java answers, disagreements are counted. */
    void shadow(MigrationCandidate candidate, long calls) throws Exception;

    /** The kernel serves {@code percent}% of calls; refused by the agent without a passing verification. */
    void canary(MigrationCandidate candidate, int percent) throws Exception;

    /** The methods woven in the target (observed, shadowed, canaried or swapped), by key. */
    List<String> wovenMethods() throws Exception;

    /**
     * Polls the method's status until {@code until} holds or {@code timeoutSeconds} pass; the last status either way.
     *
     * @throws IllegalStateException if the method is not woven
     */
    default RouteStatus awaitStatus(String methodKey, java.util.function.Predicate<RouteStatus> until, int timeoutSeconds)
            throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        RouteStatus s = status(methodKey).orElseThrow(() -> new IllegalStateException(methodKey + " is not woven"));
        while (!until.test(s) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            s = status(methodKey).orElseThrow(() -> new IllegalStateException(methodKey + " is not woven any more"));
        }
        return s;
    }

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
