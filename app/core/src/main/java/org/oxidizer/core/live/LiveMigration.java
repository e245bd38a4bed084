package org.oxidizer.core.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.advice.Advisor;
import org.oxidizer.core.match.CandidateFinder;
import org.oxidizer.core.match.ClassFiles;
import org.oxidizer.core.match.JavaFrame;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MethodAnalysis;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFormatException;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.target.AttachedTarget;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Profiling;
import org.oxidizer.core.target.RunningClassPath;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * The loop on a running JVM: profile it, list the methods a kernel can replace, capture and verify, advise,
 * swap. Headless; the CLI's {@code migrate} and the GUI's Migrate step are two faces of it.
 */
public final class LiveMigration {

    private final AttachedTarget target;
    private final LiveSwaps swaps;
    private final CandidateFinder finder;

    public LiveMigration(AttachedTarget target, KernelCatalog catalog) {
        this.target = target;
        this.swaps = new LiveSwaps(target.swapControl());
        this.finder = new CandidateFinder(swaps.classFiles("JVM " + target.pid()), catalog);
    }

    public LiveSwaps swaps() {
        return swaps;
    }

    /** A CPU profile of the next {@code seconds}, written to {@code dir/profile.collapsed}, as {@link Profiling} takes every profile. */
    public Profile profile(int seconds, Path dir, Progress progress) throws IOException, InterruptedException, ProfileFormatException {
        return Profiling.profileAttached(target, ProfileSettings.cpu(seconds), dir, progress, new StopSignal()).profile();
    }

    /** Candidates, those a kernel can replace first, each group by total share. */
    public List<MigrationCandidate> candidates(Profile profile) {
        return replaceableFirst(finder.find(profile));
    }

    /**
     * The candidates of a profile the user already has, without launching or attaching anything: the class files
     * come from the target's class path (or jar); for a running JVM, from the class path on its command line.
     * Empty for a profile file, or a running JVM whose command line cannot be read.
     */
    public static Optional<List<MigrationCandidate>> fromProfile(Target target, Profile profile, KernelCatalog catalog) {
        Optional<List<Path>> entries;
        if (target.kind() == Target.Kind.ATTACH) {
            entries = RunningClassPath.of(target.pid());
        } else if (target.spec() != null) {
            List<Path> classpath = new java.util.ArrayList<>(target.spec().classpath());
            if (target.spec().jar() != null) {
                classpath.add(0, target.spec().jar());
            }
            entries = Optional.of(classpath);
        } else {
            entries = Optional.empty();
        }
        return entries.map(cp -> replaceableFirst(new CandidateFinder(ClassFiles.classPath(cp), catalog).find(profile)));
    }

    private static List<MigrationCandidate> replaceableFirst(List<MigrationCandidate> found) {
        List<MigrationCandidate> all = new java.util.ArrayList<>(found);
        all.sort(java.util.Comparator.comparing((MigrationCandidate c) -> !c.replaceable()));
        return all;
    }

    /** What a shadow run does, said when it starts. */
    public static String shadowStarted(long calls) {
        return "shadow: the kernel runs beside Java on the next " + calls + " calls; Java answers";
    }

    /** What a canary does, said when it starts. */
    public static String canaryStarted(int percent) {
        return "canary: the kernel serves " + percent + "% of the calls, spread evenly";
    }

    public static String methodKey(MigrationCandidate candidate) {
        MethodAnalysis m = candidate.method();
        return m.key();
    }

    /**
     * Captures the method's next {@code calls} calls (or fewer if the memory budget runs out first, or the
     * timeout passes with at least one), then replays them through the kernel and, when every answer agrees,
     * measures the Java body and the kernel side by side on them for up to {@code measureMillis}.
     *
     * @throws IllegalStateException if no call was captured before the timeout
     */
    public Verification captureAndVerify(MigrationCandidate candidate, int calls, int timeoutSeconds, long measureMillis,
                                         Progress progress) throws InterruptedException {
        String key = methodKey(candidate);
        KernelMatch match = candidate.kernel().orElseThrow(() -> new IllegalStateException(candidate.frame()
            + " has no kernel that can replace it: " + String.join("; ", candidate.reasons())));
        RouteStatus status = swaps.capture(key, calls, 0, timeoutSeconds, candidate.frame(), "to verify the kernel on", progress);
        progress.report("replaying " + status.captured() + (status.captured() == 1 ? " call" : " calls") + " through " + match.kernel() + ", then timing Java and the"
            + " kernel side by side for up to " + Figures.nanos(measureMillis * 1_000_000), -1);
        Verification verification = swaps.verify(key, match.kernel(), match.parameters(), measureMillis);
        progress.report("verified", 1);
        return verification;
    }

    public Advice advise(MigrationCandidate candidate, Verification verification) {
        RouteStatus status = verification == null ? null : swaps.status(methodKey(candidate));
        return Advisor.advise(candidate, verification, status);
    }

    /** Swaps and waits (up to {@code timeoutSeconds}) for the kernel to serve a call; the latency is how long that took. */
    public SwapOutcome swap(MigrationCandidate candidate, boolean force, int timeoutSeconds) throws InterruptedException {
        String key = methodKey(candidate);
        KernelMatch match = candidate.kernel().orElseThrow();
        long before = swaps.status(key).servedByKernel();
        long start = System.nanoTime();
        swaps.swap(key, match.kernel(), match.parameters(), force);
        long deadline = start + timeoutSeconds * 1_000_000_000L;
        RouteStatus status = swaps.status(key);
        while (status.servedByKernel() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
            status = swaps.status(key);
        }
        long latency = status.servedByKernel() > before ? System.nanoTime() - start : -1;
        return new SwapOutcome(key, match.kernel(), force, latency, status);
    }

    /**
     * Swaps in the middle of a CPU recording of {@code secondsEachSide} before and after it ({@code dir/profile.jfr},
     * the swap's moment beside it): the recording's time line holds "before the swap" and "after the swap" as two
     * ranges of one process. The profiler is stopped also when the swap fails.
     */
    public RecordedSwap swapRecorded(MigrationCandidate candidate, boolean force, int timeoutSeconds, int secondsEachSide,
                                     Path dir, Progress progress) throws Exception {
        SwapOutcome[] outcome = new SwapOutcome[1];
        Profiling.Attached run = Profiling.profileAttached(target, new ProfileSettings("cpu", null, 2 * secondsEachSide, true),
            dir, progress, new StopSignal(), new Profiling.Midway(secondsEachSide * 1_000_000_000L, () -> {
                progress.report("swapping in the middle of the recording", 0.5);
                outcome[0] = swap(candidate, force, timeoutSeconds);
                return "swap: " + JavaFrame.shortName(outcome[0].methodKey()) + " → " + outcome[0].kernel();
            }));
        if (outcome[0] == null) {
            throw new IllegalStateException("JVM " + target.pid() + " ended before the swap: " + run.note());
        }
        return new RecordedSwap(outcome[0], new org.oxidizer.core.target.ProfileResult(run.profile(), run.event(), List.of(),
            run.files(), "recorded " + secondsEachSide + " s before and after " + outcome[0].sentence(timeoutSeconds)));
    }

    /** A swap with the recording around it; {@code profile} is null when the session could not record. */
    public record RecordedSwap(SwapOutcome outcome, org.oxidizer.core.target.ProfileResult profile) {
    }

    /** A swap as it took: {@code firstServedNanos} is -1 when the kernel served no call within the wait. */
    public record SwapOutcome(String methodKey, String kernel, boolean forced, long firstServedNanos, RouteStatus status) {

        /** "swapped: TextAggregation.extractAndAggregate → extract_and_aggregate; its first call was served 3.1 ms after the swap" */
        public String sentence(int waitedSeconds) {
            String head = (forced ? "SWAPPED UNVERIFIED (forced): " : "swapped: ") + JavaFrame.shortName(methodKey)
                + " → " + kernel;
            return head + (firstServedNanos < 0 ? "; the kernel served no call within " + waitedSeconds + " s"
                : String.format(java.util.Locale.ROOT, "; its first call was served %.1f ms after the swap", firstServedNanos / 1e6));
        }
    }
}
