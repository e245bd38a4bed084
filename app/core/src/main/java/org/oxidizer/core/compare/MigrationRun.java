package org.oxidizer.core.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.task.Progress;

/**
 * The headless loop: run a workload in pure Java (its swapped methods timed by the agent), once more to
 * predict (the swaps verified and measured A/B on captured calls, then the run halts), then again with its
 * methods swapped for kernels, all profiled, and compare. Before and after alternate so that a noisy machine
 * hurts both sides alike; the after runs do no A/B measurement of their own.
 */
public final class MigrationRun {

    /** How long the prediction run measures each kernel A/B. */
    public static final long PREDICTION_MEASURE_MILLIS = 4_000;

    private final TargetLauncher launcher;
    private final AgentRequest profiling;

    /** Before/after runs with the workbench's own agent, profiling CPU at {@code interval} (null: async-profiler's). */
    public static MigrationRun withBundledAgent(String interval) {
        return withBundledAgent(interval, null);
    }

    /**
     * The same, both sides also recording native memory (a malloc about every {@code nativemem} bytes, "0" for each)
     * into a JFR recording, so the report can say where the after-run's native memory went; null for none.
     */
    public static MigrationRun withBundledAgent(String interval, String nativemem) {
        AgentRequest cpu = new AgentRequest("cpu", interval, false, List.of());
        return new MigrationRun(new TargetLauncher(BundledJars.agentJar()), nativemem == null ? cpu : cpu.withNativeMemory(nativemem));
    }

    public MigrationRun(TargetLauncher launcher, AgentRequest profiling) {
        this.launcher = launcher;
        this.profiling = profiling;
    }

    /**
     * @throws MigrationFailedException when a run fails, a swap serves no call, or the results differ;
     *                                  what was measured is kept in the exception for the report
     */
    public Comparison run(Workload workload, int repeats, Path outDir, Progress progress)
            throws IOException, InterruptedException, MigrationFailedException {
        if (workload.prepare() != null && !prepared.contains(workload.prepare())) {
            prepare(workload, outDir, progress);
        }
        List<TargetRun> before = new ArrayList<>();
        List<TargetRun> after = new ArrayList<>();
        List<TargetRun> predictions = new ArrayList<>();
        List<TargetRun> best = new ArrayList<>();
        AgentRequest timed = profiling.observing(workload.swaps());
        AgentRequest swapped = profiling.withSwaps(workload.swaps()).measuring(0);
        double step = 1.0 / ((workload.bestJava() == null ? 2 : 3) * repeats + 1);
        int done = 0;
        for (int i = 0; i < repeats; i++) {
            String suffix = repeats == 1 ? "" : "-" + (i + 1);
            before.add(checked(launcher.run(workload.target().withName("before (pure Java)"), timed,
                outDir.resolve("before" + suffix), progress.slice(done * step, ++done * step)), before, after, workload));
            if (i == 0) {
                predictions.add(launcher.run(workload.target().withName("prediction (A/B on captured calls)"),
                    AgentRequest.prediction(workload.swaps(), PREDICTION_MEASURE_MILLIS), outDir.resolve("prediction"),
                    progress.slice(done * step, ++done * step)));
            }
            if (workload.bestJava() != null) {
                // the third side between the other two, so that a machine growing busier hurts all three alike; with the
                // agent doing what it does in the before run (weaving the method to time it), so both pay the same
                best.add(checked(launcher.run(workload.bestJava(), timed, outDir.resolve("best-java" + suffix),
                    progress.slice(done * step, ++done * step)), before, after, workload));
            }
            after.add(checked(launcher.run(workload.target().withName("after (kernel)"), swapped,
                outDir.resolve("after" + suffix), progress.slice(done * step, ++done * step)), before, after, workload));
            verifySwapServed(after.get(after.size() - 1), new Comparison(workload, before, after, predictions, best));
        }
        Comparison comparison = new Comparison(workload, before, after, predictions, best);
        String reference = before.get(0).checksum();
        for (TargetRun b : best) {
            if (!reference.equals(b.checksum())) {
                throw new MigrationFailedException("the best-Java run gave a different result (checksum " + b.checksum()
                    + " instead of " + reference + "): its rewrite changed an answer", comparison);
            }
        }
        if (!comparison.identicalResults()) {
            throw new MigrationFailedException("the swapped run gave a different result (checksum "
                + after.get(0).checksum() + " instead of " + before.get(0).checksum() + "): the kernel changed an answer",
                comparison);
        }
        return comparison;
    }

    private final java.util.Set<org.oxidizer.core.target.TargetSpec> prepared = new java.util.HashSet<>();

    /**
     * The workload's preparation (the headline makes its corpus on disk once), run before any measured run and not
     * timed; what it said, one line ("corpus: ... is intact", or "made ... (why)"), or "" when it has none.
     *
     * @throws MigrationFailedException with its one sentence when it failed (a full disk): nothing was measured
     */
    public String prepare(Workload workload, Path outDir, Progress progress)
            throws IOException, InterruptedException, MigrationFailedException {
        if (workload.prepare() == null) {
            return "";
        }
        progress.report("preparing " + workload.name() + " (not timed)", -1);
        try {
            String said = org.oxidizer.core.target.Preparation.run(launcher, workload.prepare(), outDir.resolve("prepare"));
            prepared.add(workload.prepare());
            return said;
        } catch (IOException e) {
            throw new MigrationFailedException("could not prepare " + workload.name() + ": " + e.getMessage(), null);
        }
    }

    private static TargetRun checked(TargetRun run, List<TargetRun> before, List<TargetRun> after, Workload workload)
            throws MigrationFailedException {
        if (run.succeeded() && run.checksum() != null) {
            return run;
        }
        String tail = run.lastWords().isEmpty() ? "" : " It said: " + run.lastWords();
        String what = run.succeeded() ? "printed no checksum" : "exited with code " + run.exitCode();
        throw new MigrationFailedException("the " + run.spec().name() + " run " + what + "." + tail,
            before.isEmpty() ? null : new Comparison(workload, before, after));
    }

    private static void verifySwapServed(TargetRun run, Comparison sofar) throws MigrationFailedException {
        for (AgentReport.SwapReport swap : run.agent().swaps()) {
            if (swap.verificationFailed()) {
                throw new MigrationFailedException("kernel " + swap.kernel() + " disagreed with " + swap.method()
                    + " on a captured call (" + swap.mismatch() + "), so it was not swapped in", sofar);
            }
            if (swap.notCaptured() != null) {
                throw new MigrationFailedException(swap.method() + " was not swapped: no call could be captured to verify "
                    + swap.kernel() + " on (" + swap.notCaptured() + ")", sofar);
            }
            if ("observe".equals(swap.mode()) && swap.verifiedCalls() == 0) {
                throw new MigrationFailedException(swap.method() + " ran " + swap.methodCalls() + " times, too few to capture"
                    + " the calls a swap is verified on before " + swap.kernel() + " may serve it; give the run more work", sofar);
            }
            if (!swap.woven() || swap.calls() == 0 || swap.fallbacks() > 0) {
                throw new MigrationFailedException("the swap of " + swap.method() + " for " + swap.kernel()
                    + (swap.woven() ? " served " + swap.calls() + " calls with " + swap.fallbacks() + " fallbacks to Java"
                    : " was never woven into the class"), sofar);
            }
        }
        if (run.agent().swaps().isEmpty()) {
            throw new MigrationFailedException("the agent reported no swap in the after run", sofar);
        }
    }
}
