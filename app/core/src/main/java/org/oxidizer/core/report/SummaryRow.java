package org.oxidizer.core.report;

import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.migrate.Comparison;

/** One line of the seed-style table (metric | before | after | change), shared by the CLI and every report. */
public record SummaryRow(String metric, String before, String after, String change) {

    static List<SummaryRow> of(MigrationReport report) {
        Comparison c = report.comparison();
        boolean hasAfter = report.hasAfter();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("wall time", Figures.duration(c.medianWallMillis(c.before())),
            hasAfter ? Figures.duration(c.medianWallMillis(c.after())) : "-",
            hasAfter ? Figures.better(c.speedup(), "faster", "slower") : "-"));
        rows.add(new SummaryRow("peak RSS", Figures.bytes(c.medianPeakRssBytes(c.before())),
            hasAfter ? Figures.bytes(c.medianPeakRssBytes(c.after())) : "-",
            hasAfter ? Figures.better(c.memoryReduction(), "smaller", "larger") : "-"));
        rows.add(new SummaryRow("CPU utilization", Figures.percent(c.medianCpuPercent(c.before())),
            hasAfter ? Figures.percent(c.medianCpuPercent(c.after())) : "-",
            hasAfter ? Figures.ratio(c.cpuUtilizationRatio()) : "-"));
        rows.add(new SummaryRow("results", results(c, hasAfter), "", ""));
        return rows;
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
