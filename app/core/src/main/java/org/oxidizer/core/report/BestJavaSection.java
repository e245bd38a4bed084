package org.oxidizer.core.report;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.stats.SpeedRatio;
import org.oxidizer.core.target.TargetRun;

/**
 * The third column a skeptical engineer asks for: the same job with the workload's best pure-Java rewrite, beside the
 * first Java and the kernel, so the report says what native buys over the best Java and not only over the first.
 * The ratios pair the runs of one round (the three sides alternate), Hodges-Lehmann with its interval when there are
 * enough rounds. Every report format draws it from here.
 */
public record BestJavaSection(String name, List<String[]> rows, SpeedRatio bestOverFirst, SpeedRatio kernelOverBest) {

    /** Empty when the workload has no best-Java rewrite, or the after runs did not complete. */
    public static Optional<BestJavaSection> of(MigrationReport report) {
        Comparison c = report.comparison();
        if (c.bestJava().isEmpty() || c.after().isEmpty()) {
            return Optional.empty();
        }
        List<String[]> rows = List.of(
            row("wall time", c, r -> r.measurement().wallMillis(), Figures::duration),
            row("hot method time", c, r -> SummaryRow.reported(r, SummaryRow.HOT_MILLIS), Figures::duration),
            row("peak RSS", c, r -> r.measurement().peakRssBytes(), Figures::bytes),
            row("CPU utilization", c, r -> r.measurement().cpuPercent(), Figures::percent));
        return Optional.of(new BestJavaSection(c.bestJava().get(0).spec().name(), rows, paired(c.before(), c.bestJava()),
            paired(c.bestJava(), c.after())));
    }

    private static String[] row(String metric, Comparison c, ToDoubleFunction<TargetRun> value,
                                java.util.function.DoubleFunction<String> format) {
        return new String[] {metric, format.apply(Spread.of(c.before(), value).median()),
            format.apply(Spread.of(c.bestJava(), value).median()), format.apply(Spread.of(c.after(), value).median())};
    }

    private static SpeedRatio paired(List<TargetRun> slow, List<TargetRun> fast) {
        int n = Math.min(slow.size(), fast.size());
        long[] a = new long[n];
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.round(slow.get(i).measurement().wallMillis());
            b[i] = Math.round(fast.get(i).measurement().wallMillis());
        }
        return SpeedRatio.paired(a, b);
    }

    /** "best Java over the first Java: 1.9x ...; the kernel over the best Java: 1.5x ..." (wall time). */
    public String sentence() {
        return "Wall time: the best Java over the first Java " + bestOverFirst.describe("rounds")
            + "; the kernel over the best Java " + kernelOverBest.describe("rounds") + ".";
    }

    public static final String NOTE = "The best Java is the same program with the swapped method rewritten by hand in"
        + " plain Java (for the headline: each file's bytes scanned once, without lines, Strings, per-text maps or"
        + " java.util.regex; one thread, as the first Java; shipped with the sample, tested to give the same answers);"
        + " native has to earn its boundary against it, not only against the first Java.";
}
