package org.oxidizer.core.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.profile.ApplicationMethods;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.stats.SpeedRatio;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.TargetRun;

/**
 * Runs of a workload before (pure Java) and after (methods swapped for kernels), side by side, and the
 * prediction run between them (swaps verified and measured A/B, never served). Figures are medians over the
 * repeated runs of each side.
 *
 * @param bestJava runs of the workload's best pure-Java rewrite (the third column: what native buys over the best
 *                 Java, not only over the first); empty when the workload has none
 */
public record Comparison(Workload workload, List<TargetRun> before, List<TargetRun> after, List<TargetRun> predictions,
                         List<TargetRun> bestJava) {

    /** Calls the after run keeps in Java while its swap verifies on them, unless the prediction run says how many. */
    public static final int VERIFIED_CALLS = 3;

    public Comparison {
        before = List.copyOf(before);
        after = List.copyOf(after);
        predictions = List.copyOf(predictions);
        bestJava = List.copyOf(bestJava);
    }

    public Comparison(Workload workload, List<TargetRun> before, List<TargetRun> after, List<TargetRun> predictions) {
        this(workload, before, after, predictions, List.of());
    }

    public Comparison(Workload workload, List<TargetRun> before, List<TargetRun> after) {
        this(workload, before, after, List.of());
    }

    public double medianWallMillis(List<TargetRun> runs) {
        return median(runs, r -> r.measurement().wallMillis());
    }

    public double medianPeakRssBytes(List<TargetRun> runs) {
        return median(runs, r -> r.measurement().peakRssBytes());
    }

    public double medianCpuPercent(List<TargetRun> runs) {
        return median(runs, r -> r.measurement().cpuPercent());
    }

    /**
     * Median of a number the workload printed about itself ({@code oxidizer.hotMillis=...}); NaN when a
     * run did not print it, as workloads that are not ours will not.
     */
    public double medianReported(List<TargetRun> runs, String key) {
        return median(runs, r -> {
            String v = r.reported().get(key);
            try {
                return v == null ? Double.NaN : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        });
    }

    /** before / after: above 1 means the swapped run was faster. */
    public double speedup() {
        return medianWallMillis(before) / medianWallMillis(after);
    }

    /** before / after: above 1 means the swapped run needed less memory at its peak. */
    public double memoryReduction() {
        return medianPeakRssBytes(before) / medianPeakRssBytes(after);
    }

    /** after / before: above 1 means the swapped run kept more cores busy. */
    public double cpuUtilizationRatio() {
        return medianCpuPercent(after) / medianCpuPercent(before);
    }

    /** True when every run on both sides printed the same result checksum. */
    public boolean identicalResults() {
        String reference = before.get(0).checksum();
        return reference != null
            && before.stream().allMatch(r -> reference.equals(r.checksum()))
            && after.stream().allMatch(r -> reference.equals(r.checksum()))
            && bestJava.stream().allMatch(r -> reference.equals(r.checksum()));
    }

    /**
     * Where the first run of a side spent its samples, by application method: each charged with the JDK, JVM and
     * native time it called (what a kernel would replace), with its total share.
     */
    public List<Hotspot> hotspots(List<TargetRun> runs, int limit) {
        return ApplicationMethods.top(runs.get(0).profile(), limit);
    }

    /** Every frame by its own samples, as async-profiler ranks them (JIT, GC and kernel frames included). */
    public List<Hotspot> rawHotspots(List<TargetRun> runs, int limit) {
        return HotMethods.topBySelf(runs.get(0).profile(), limit);
    }

    /** How the first run of a side splits over categories (regex, GC, string copy, ...). */
    public CategoryBreakdown categories(List<TargetRun> runs) {
        return CategoryBreakdown.of(runs.get(0).profile(), CategoryRules.defaults());
    }

    /**
     * The prediction for the whole run, made before the swapped runs: the before runs' wall time and the agent's
     * timers on each swapped method, the prediction run's A/B ratio and fixed cost (less the before runs' own cost of
     * weaving the timers, which the swapped runs do not pay twice).
     */
    public WholeRunPrediction prediction() {
        List<WholeRunPrediction.Term> terms = new java.util.ArrayList<>();
        for (org.oxidizer.core.target.MethodSwap swap : workload.swaps()) {
            java.util.Optional<AgentReport.SwapReport> measured = predictions.isEmpty() ? java.util.Optional.empty()
                : report(predictions.get(0), swap);
            double javaMillis = median(before, r -> report(r, swap).map(s -> s.javaBusyNanos() / 1e6).orElse(Double.NaN));
            double timingSetup = median(before, r -> report(r, swap).map(s -> s.setupNanos() / 1e6).orElse(0.0));
            int verified = measured.map(s -> (int) s.verifiedCalls()).filter(n -> n > 0).orElse(VERIFIED_CALLS);
            double kept = median(before, r -> report(r, swap).map(s -> firstMillis(s.javaFirstNanos(), verified))
                .orElse(Double.NaN));
            terms.add(new WholeRunPrediction.Term(swap.method(), Double.isNaN(javaMillis) ? 0 : javaMillis,
                Double.isNaN(kept) ? 0 : kept, measured.map(s -> s.measurement().ratio()).orElse(SpeedRatio.none()),
                measured.map(s -> (s.setupNanos() + s.compareNanos()) / 1e6 - timingSetup).orElse(0.0)));
        }
        return new WholeRunPrediction(medianWallMillis(before), terms);
    }

    /** The whole run's predicted speedup, NaN without a prediction run. */
    public double predictedSpeedup(org.oxidizer.core.target.MethodSwap swap) {
        return prediction().speedup();
    }

    /** How far the prediction was from the measured speedup: predicted / measured - 1; NaN without either. */
    public double predictionError() {
        return after.isEmpty() ? Double.NaN : prediction().speedup() / speedup() - 1;
    }

    private static java.util.Optional<AgentReport.SwapReport> report(TargetRun run, org.oxidizer.core.target.MethodSwap swap) {
        return run.agent().swaps().stream().filter(s -> s.method() != null && s.method().startsWith(swap.method() + "("))
            .findFirst();
    }

    private static double firstMillis(long[] first, int n) {
        double total = 0;
        for (int i = 0; i < Math.min(n, first.length); i++) {
            total += first[i];
        }
        return total / 1e6;
    }

    /** Share of the first run's samples with this method anywhere on the stack (0 if never seen). */
    public double totalPercent(List<TargetRun> runs, String frame) {
        return HotMethods.byTotal(runs.get(0).profile()).stream()
            .filter(h -> h.frame().equals(frame))
            .mapToDouble(Hotspot::totalPercent)
            .findFirst().orElse(0);
    }

    static double median(List<TargetRun> runs, ToDoubleFunction<TargetRun> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
