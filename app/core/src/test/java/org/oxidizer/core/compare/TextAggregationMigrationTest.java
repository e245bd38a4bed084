package org.oxidizer.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.AgentRequest;
import org.oxidizer.core.target.BundledJars;
import org.oxidizer.core.target.TargetLauncher;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.core.task.Progress;

/**
 * The headline loop for real: the sample runs in child JVMs with the real agent, once in pure Java and
 * once with its chain over a file (reading, extraction, totals) swapped for the Rust kernel, both profiled by async-profiler.
 */
class TextAggregationMigrationTest {

    private static final String HOT_METHOD = "org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate";
    private static final String CHAIN = "org.oxidizer.samples.textagg.DailyTotals.ofFile";
    private static Comparison comparison;

    @BeforeAll
    static void runBothWays(@TempDir Path dir) throws Exception {
        Workload workload = BundledSamples.headline(150_000, 7, List.of("-Xmx512m"));
        MigrationRun run = new MigrationRun(new TargetLauncher(BundledJars.agentJar()), new AgentRequest("cpu", "1ms", false, List.of()));
        comparison = run.run(workload, 1, dir, Progress.NONE);
    }

    @Test
    void theBestJavaIsAThirdColumnWithTheSameAnswers() throws IOException {
        assertEquals(1, comparison.bestJava().size(), "the headline runs its hand-written scanner as a third side");
        TargetRun best = comparison.bestJava().get(0);
        assertEquals(comparison.before().get(0).checksum(), best.checksum());
        assertTrue(best.spec().programArgs().containsAll(java.util.List.of("--variant", "scanned")), best.spec().toString());
        // Pure Java: the agent weaves the first Java's method as in the before run (both pay for that), but nothing is
        // swapped and the rewrite never calls that method.
        assertTrue(best.agent().swaps().stream().allMatch(s -> "observe".equals(s.mode()) && s.calls() == 0
            && s.methodCalls() == 0), best.agent().swaps().toString());
        org.oxidizer.core.report.MigrationReport report = new org.oxidizer.core.report.MigrationReport(comparison,
            org.oxidizer.core.report.Environment.current(), java.time.Instant.now(), "test", null);
        java.io.StringWriter md = new java.io.StringWriter();
        new org.oxidizer.core.report.MarkdownReportWriter().write(report, md);
        assertTrue(md.toString().contains("## Against the best Java\n\n| metric | first Java | best Java | kernel |"), md.toString());
        assertTrue(md.toString().contains("Wall time: the best Java over the first Java "), md.toString());
    }

    @Test
    void beforeProfileNamesTheHotMethodAsAHotspot() throws IOException {
        TargetRun before = comparison.before().get(0);
        assertNotNull(before.agent().profileEvent(), "the agent reported which profiler event ran");
        assertTrue(before.profile().totalSamples() > 100, "samples: " + before.profile().totalSamples());
        // Which frames follow it in the ranking is the JIT's business; BundledSamplesTest checks shares on a steady profile.
        double share = comparison.totalPercent(comparison.before(), HOT_METHOD);
        System.out.printf("extractAndAggregate: %.1f%% of %d samples%n", share, before.profile().totalSamples());
        assertTrue(share >= 20, "extractAndAggregate holds " + share + "% of samples");
        double chain = comparison.totalPercent(comparison.before(), CHAIN);
        assertTrue(chain >= share, "the chain holds its extraction: " + chain + "% vs " + share + "%");
    }

    @Test
    void thePredictionComesFromTheBeforeRunsTimersAndAnABMeasurementInAPredictionRun() {
        AgentReport.SwapReport timed = comparison.before().get(0).agent().swaps().get(0);
        assertEquals("observe", timed.mode(), "the before run only times the method: " + timed);
        assertEquals(0, timed.calls(), "no kernel served in the before run");
        assertEquals(timed.methodCalls(), timed.javaCalls(), "every call of a slow method is timed: " + timed);
        assertTrue(timed.javaBusyNanos() > 0 && timed.javaFirstNanos().length > 0, timed.toString());

        AgentReport.SwapReport measured = comparison.predictions().get(0).agent().swaps().get(0);
        assertEquals(measured.verifiedCalls(), measured.identicalCalls());
        assertTrue(measured.measurement().available(), measured.measurement().describe());
        assertEquals(0, measured.calls(), "a prediction run never lets the kernel serve");
        assertTrue(measured.setupNanos() > 0, measured.toString());

        WholeRunPrediction prediction = comparison.prediction();
        assertTrue(prediction.complete(), prediction.describe());
        assertTrue(prediction.speedup() > 0, prediction.describe());
        assertTrue(prediction.describe().contains("ms of Java in DailyTotals.ofFile"), prediction.describe());
    }

    @Test
    void swappedRunGivesIdenticalResultsThroughTheKernel() {
        assertTrue(comparison.identicalResults(), "checksums: " + comparison.before().get(0).checksum() + " vs "
            + comparison.after().get(0).checksum());
        AgentReport.SwapReport swap = comparison.after().get(0).agent().swaps().get(0);
        assertEquals("daily_totals_of_file", swap.kernel());
        assertTrue(swap.woven(), "the advice was woven into DailyTotals");
        assertEquals(20, swap.methodCalls(), "150,000 lines come in 20 files, one call each");
        assertEquals(3, swap.verifiedCalls(), "the first calls were captured and replayed before the swap");
        assertEquals(3, swap.identicalCalls());
        assertEquals("swapped", swap.mode());
        assertEquals(swap.methodCalls() - 3, swap.calls(), "the kernel served every call after verification: " + swap);
        assertTrue(swap.calls() > 0);
        assertEquals(0, swap.fallbacks());
    }

    @Test
    void swappedRunShowsTheRustKernelWithFullStacks() {
        org.oxidizer.core.profile.Profile after = comparison.after().get(0).profile();
        int deepestRustStack = 0;
        for (int[] stack : after.stacks()) {
            String leaf = after.frame(stack[stack.length - 1]);
            if (leaf.startsWith("oxidizer_kernels::")) {
                deepestRustStack = Math.max(deepestRustStack, stack.length);
            }
        }
        assertTrue(deepestRustStack >= 5, "Rust kernel frames sampled on the rayon workers with their callers"
            + " (frame pointers on); deepest stack: " + deepestRustStack);
        assertTrue(comparison.before().get(0).profile().frames().stream().noneMatch(f -> f.startsWith("oxidizer_kernels::")),
            "the pure-Java run never touches the kernel");
    }

    @Test
    void measuredBothRunsFromProc() {
        for (TargetRun run : List.of(comparison.before().get(0), comparison.after().get(0))) {
            assertTrue(run.measurement().peakRssBytes() > 10 << 20, "peak RSS " + run.measurement().peakRssBytes());
            assertTrue(run.measurement().cpuPercent() > 10, "CPU% " + run.measurement().cpuPercent());
            assertTrue(run.measurement().wallMillis() > 0);
            assertTrue(!run.measurement().series().isEmpty(), "the /proc sampler saw the run");
        }
    }

    @Test
    void aTargetThatFailsIsReportedInOneSentence(@TempDir Path dir) {
        TargetSpec broken = TargetSpec.mainClass("broken", "org.oxidizer.samples.NoSuchMain",
            List.of(BundledJars.samplesJar()), List.of());
        Workload workload = new Workload("broken", "a main class that does not exist", broken, List.of());
        MigrationRun run = new MigrationRun(new TargetLauncher(BundledJars.agentJar()), AgentRequest.profileCpu());
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
            () -> run.run(workload, 1, dir, Progress.NONE));
        assertTrue(e.getMessage().startsWith("the before (pure Java) run exited with code 1."), e.getMessage());
        assertTrue(e.getMessage().contains("NoSuchMain"), "the target's own last words are kept: " + e.getMessage());
    }
}
