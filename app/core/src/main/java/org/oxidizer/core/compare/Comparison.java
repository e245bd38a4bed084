package org.oxidizer.core.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.profile.ApplicationMethods;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.TargetRun;

/**
 * Runs of a workload before (pure Java) and after (methods swapped for kernels), side by side.
 * Figures are medians over the repeated runs of each side.
 */
public record Comparison(Workload workload, List<TargetRun> before, List<TargetRun> after) {

    public Comparison {
        before = List.copyOf(before);
        after = List.copyOf(after);
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
            && after.stream().allMatch(r -> reference.equals(r.checksum()));
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
     * The advisor's prediction for the whole run, made before looking at the after-run's wall time: Amdahl's
     * law over the method's share of the before-profile and the kernel's speedup on the calls it was verified
     * on. NaN when the after run reported no verification.
     */
    public double predictedSpeedup(org.oxidizer.core.target.MethodSwap swap) {
        if (after.isEmpty()) {
            return Double.NaN;
        }
        double share = totalPercent(before, swap.method()) / 100;
        double kernel = after.get(0).agent().swaps().stream()
            .filter(s -> s.method() != null && s.method().startsWith(swap.method()))
            .mapToDouble(org.oxidizer.core.target.AgentReport.SwapReport::verifiedSpeedup).findFirst().orElse(Double.NaN);
        return Double.isNaN(kernel) ? Double.NaN : 1 / ((1 - share) + share / kernel);
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
