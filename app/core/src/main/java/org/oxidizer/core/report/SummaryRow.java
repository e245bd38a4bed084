package org.oxidizer.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.target.TargetRun;

/**
 * One line of the seed-style table (metric | before | after | change), shared by the CLI and every report.
 *
 * @param beforeSpread the range over the before runs ("36.1 s – 37.4 s"), empty with a single run
 * @param verdict whether the change is a gain, a loss or neither, so reports can color it honestly
 */
public record SummaryRow(String metric, String before, String after, String change, Verdict verdict,
                         String beforeSpread, String afterSpread) {

    /** How a change reads: better, worse, or just different. */
    public enum Verdict { BETTER, WORSE, NEUTRAL }

    /** What a workload reports as the time spent inside the swapped method(s), timed by itself. */
    public static final String HOT_MILLIS = "hotMillis";

    public SummaryRow(String metric, String before, String after, String change, Verdict verdict) {
        this(metric, before, after, change, verdict, "", "");
    }

    static List<SummaryRow> of(MigrationReport report) {
        Comparison c = report.comparison();
        boolean hasAfter = report.hasAfter();
        List<SummaryRow> rows = new ArrayList<>();
        double speedup = hasAfter ? c.speedup() : Double.NaN;
        rows.add(measured(c, hasAfter, "wall time", r -> r.measurement().wallMillis(), Figures::duration,
            Figures.better(speedup, "faster", "slower"), verdict(speedup)));
        double hotBefore = c.medianReported(c.before(), HOT_MILLIS);
        double hotAfter = hasAfter ? c.medianReported(c.after(), HOT_MILLIS) : Double.NaN;
        if (!Double.isNaN(hotBefore) && !Double.isNaN(hotAfter)) {
            rows.add(measured(c, true, "hot method time", r -> reported(r, HOT_MILLIS), Figures::duration,
                Figures.better(hotBefore / hotAfter, "faster", "slower"), verdict(hotBefore / hotAfter)));
        }
        double memory = hasAfter ? c.memoryReduction() : Double.NaN;
        rows.add(measured(c, hasAfter, "peak RSS", r -> r.measurement().peakRssBytes(), Figures::bytes,
            Figures.better(memory, "smaller", "larger"), verdict(memory)));
        rows.add(measured(c, hasAfter, "CPU utilization", r -> r.measurement().cpuPercent(), Figures::percent,
            hasAfter ? Figures.ratio(c.cpuUtilizationRatio()) : "-", Verdict.NEUTRAL));
        boolean identical = hasAfter && c.identicalResults();
        rows.add(new SummaryRow("results", results(c, hasAfter), "", "", identical ? Verdict.BETTER : Verdict.WORSE));
        return rows;
    }

    private static SummaryRow measured(Comparison c, boolean hasAfter, String metric, ToDoubleFunction<TargetRun> value,
                                       DoubleFunction<String> format, String change, Verdict verdict) {
        Spread before = Spread.of(c.before(), value);
        if (!hasAfter) {
            return new SummaryRow(metric, format.apply(before.median()), "-", "-", Verdict.NEUTRAL, before.range(format), "");
        }
        Spread after = Spread.of(c.after(), value);
        return new SummaryRow(metric, format.apply(before.median()), format.apply(after.median()), change, verdict,
            before.range(format), after.range(format));
    }

    static double reported(TargetRun run, String key) {
        String v = run.reported().get(key);
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Ratios oriented so that above 1 is a gain; within 5% of 1 is noise on these machines. */
    private static Verdict verdict(double ratio) {
        if (Double.isNaN(ratio) || Math.abs(ratio - 1) < 0.05) {
            return Verdict.NEUTRAL;
        }
        return ratio > 1 ? Verdict.BETTER : Verdict.WORSE;
    }

    private static String results(Comparison c, boolean hasAfter) {
        if (!hasAfter) {
            return "no after run";
        }
        if (c.identicalResults()) {
            return "identical (checksum " + c.before().get(0).checksum() + ")";
        }
        return "DIFFERENT (checksum " + c.before().get(0).checksum() + " before, " + c.after().get(0).checksum() + " after)";
    }
}
