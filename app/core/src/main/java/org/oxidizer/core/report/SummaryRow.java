package org.oxidizer.core.report;

import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.migrate.Comparison;

/**
 * One line of the seed-style table (metric | before | after | change), shared by the CLI and every report.
 *
 * @param verdict whether the change is a gain, a loss or neither, so reports can color it honestly
 */
public record SummaryRow(String metric, String before, String after, String change, Verdict verdict) {

    /** How a change reads: better, worse, or just different. */
    public enum Verdict { BETTER, WORSE, NEUTRAL }

    /** What a workload reports as the time spent inside the swapped method(s), timed by itself. */
    public static final String HOT_MILLIS = "hotMillis";

    static List<SummaryRow> of(MigrationReport report) {
        Comparison c = report.comparison();
        boolean hasAfter = report.hasAfter();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("wall time", Figures.duration(c.medianWallMillis(c.before())),
            hasAfter ? Figures.duration(c.medianWallMillis(c.after())) : "-",
            hasAfter ? Figures.better(c.speedup(), "faster", "slower") : "-", hasAfter ? verdict(c.speedup()) : Verdict.NEUTRAL));
        double hotBefore = c.medianReported(c.before(), HOT_MILLIS);
        double hotAfter = hasAfter ? c.medianReported(c.after(), HOT_MILLIS) : Double.NaN;
        if (!Double.isNaN(hotBefore) && !Double.isNaN(hotAfter)) {
            rows.add(new SummaryRow("hot method time", Figures.duration(hotBefore), Figures.duration(hotAfter),
                Figures.better(hotBefore / hotAfter, "faster", "slower"), verdict(hotBefore / hotAfter)));
        }
        rows.add(new SummaryRow("peak RSS", Figures.bytes(c.medianPeakRssBytes(c.before())),
            hasAfter ? Figures.bytes(c.medianPeakRssBytes(c.after())) : "-",
            hasAfter ? Figures.better(c.memoryReduction(), "smaller", "larger") : "-",
            hasAfter ? verdict(c.memoryReduction()) : Verdict.NEUTRAL));
        rows.add(new SummaryRow("CPU utilization", Figures.percent(c.medianCpuPercent(c.before())),
            hasAfter ? Figures.percent(c.medianCpuPercent(c.after())) : "-",
            hasAfter ? Figures.ratio(c.cpuUtilizationRatio()) : "-", Verdict.NEUTRAL));
        boolean identical = hasAfter && c.identicalResults();
        rows.add(new SummaryRow("results", results(c, hasAfter), "", "", identical ? Verdict.BETTER : Verdict.WORSE));
        return rows;
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
