package org.oxidizer.gui.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.advice.Advisor;
import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.live.LiveSession;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.TargetGoneException;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.match.KernelMatch;
import org.oxidizer.core.match.MethodAnalysis;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.task.Progress;

/**
 * A live session without a JVM: the headline method (its real class file, a real kernel match) and one method
 * no kernel can replace; verifications, counters and death as the test sets them.
 */
final class FakeLiveSession implements LiveSession {

    static final String FRAME = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate";
    static final String KEY = FRAME + "(Ljava/util/List;)Ljava/util/List;";

    final List<String> calls = new ArrayList<>();
    Verification nextVerification = verification(true);
    boolean alive = true;
    boolean dieOnVerify;
    boolean closed;
    String mode;            // null: not woven
    long served;
    long total;

    static MigrationCandidate headline() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("org/oxidizer/samples/textagg/TextAggregation.class")) {
            MethodAnalysis method = MethodAnalysis.of(in.readAllBytes(), "extractAndAggregate").get(0);
            return new MigrationCandidate(FRAME, 20, 70, method, List.of(new KernelMatch("extract_and_aggregate",
                "per text, sum group 2 by group 1", "List<Map<String, Integer>> (List<String>)", Map.of(), true, "")), List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MigrationCandidate blocked() {
        return new MigrationCandidate("org.oxidizer.samples.textagg.CorpusGenerator.next", 10, 10, null, List.of(),
            List.of("no kernel for the method's shape"));
    }

    /** A hot method of the user's own code: no catalog kernel has its shape. */
    static MigrationCandidate ownCode() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("org/oxidizer/samples/wordfreq/WordFrequency.class")) {
            MethodAnalysis method = MethodAnalysis.of(in.readAllBytes(), "wordFrequencies").get(0);
            return new MigrationCandidate("org.oxidizer.samples.wordfreq.WordFrequency.wordFrequencies", 8, 8, method, List.of(),
                List.of("no kernel for the shape Map<String, Integer> (List<String>)"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Verification verification(boolean passed) {
        return new Verification(KEY, "extract_and_aggregate", "{}", "exact: the same bits as Java", 50, passed ? 50 : 49,
            passed, 85, passed ? null : new Verification.Mismatch(7, "[3].key '数据'", "[\"数据 12\"]", "[{}]", "[{数据=12}]"),
            passed ? new ABMeasurement(new long[] {16_000_000, 16_100_000, 15_900_000, 16_050_000, 15_950_000, 16_000_000},
                new long[] {4_000_000, 4_010_000, 3_990_000, 4_005_000, 3_995_000, 4_000_000}, 4, true, 2, 3_000_000_000L,
                2_900_000_000L, null) : ABMeasurement.none("the kernel did not pass verification"));
    }

    @Override
    public void addKernelJars(List<Path> jars) {
        calls.add("add kernels " + jars);
    }

    @Override
    public Path writeKernelProject(MigrationCandidate candidate, Path parent) throws IOException {
        calls.add("kernel new " + candidate.method().name());
        return java.nio.file.Files.createDirectories(parent.resolve("word_frequency_word_frequencies"));
    }

    @Override
    public long pid() {
        return 4242;
    }

    @Override
    public String description() {
        return "JVM 4242 (fake)";
    }

    @Override
    public Profile profile(int seconds, Path dir, Progress progress) {
        calls.add("profile " + seconds);
        return Profile.empty("fake");
    }

    @Override
    public List<MigrationCandidate> candidates(Profile profile) {
        return List.of(headline(), blocked(), ownCode());
    }

    @Override
    public Verification captureAndVerify(MigrationCandidate candidate, int n, int timeoutSeconds, long measureMillis,
                                         Progress progress)
            throws TargetGoneException {
        calls.add("verify " + n);
        if (dieOnVerify) {
            alive = false;
            throw new TargetGoneException(deathSentence(), new IOException("connection lost"));
        }
        mode = "observe";
        total += n;
        return nextVerification;
    }

    @Override
    public Advice advise(MigrationCandidate candidate, Verification verification) {
        return Advisor.advise(candidate, verification, status(KEY).orElse(null));
    }

    @Override
    public LiveMigration.SwapOutcome swap(MigrationCandidate candidate, boolean force, int timeoutSeconds) {
        calls.add(force ? "force swap" : "swap");
        mode = "swapped";
        served++;
        total++;
        return new LiveMigration.SwapOutcome(KEY, "extract_and_aggregate", force, 2_000_000, status(KEY).orElseThrow());
    }

    @Override
    public void shadow(MigrationCandidate candidate, long n) {
        calls.add("shadow " + n);
        mode = "shadow";
    }

    @Override
    public void canary(MigrationCandidate candidate, int percent) {
        calls.add("canary " + percent);
        mode = "canary";
    }

    @Override
    public List<String> wovenMethods() {
        return mode == null ? List.of() : List.of(KEY);
    }

    @Override
    public boolean revert(String methodKey) {
        calls.add("revert");
        boolean was = mode != null;
        mode = null;
        served = 0;
        total = 0;
        return was;
    }

    @Override
    public void time(MigrationCandidate candidate) {
        calls.add("time");
    }

    /** No baseline: the fake's counters do not move by themselves. */
    @Override
    public boolean timeForBaseline(MigrationCandidate candidate) {
        return false;
    }

    @Override
    public Optional<RouteStatus> status(String methodKey) {
        if (mode == null || !methodKey.equals(KEY)) {
            return Optional.empty();
        }
        return Optional.of(new RouteStatus(KEY, mode, "extract_and_aggregate", true, total, served, 0, 1_000_000_000L, 50, 50,
            true, 1, 100, 0, 0, List.of(), null, new RouteStatus.CallTimes(total - served, 0, new long[0], 0),
            new RouteStatus.CallTimes(served, 0, new long[0], 0), 1, 0, null, 0, false, 0));
    }

    /** Some calls arrive: the kernel serves them while swapped, Java otherwise. */
    void callsArrive(int n) {
        total += n;
        if ("swapped".equals(mode)) {
            served += n;
        }
    }

    @Override
    public boolean isAlive() {
        return alive;
    }

    @Override
    public String deathSentence() {
        return "JVM 4242 died in native code (SIGSEGV in liboxidizer_kernels.so+0x1c2f0); its crash report is"
            + " /tmp/hs_err_pid4242.log";
    }

    @Override
    public void close() {
        closed = true;
    }
}
