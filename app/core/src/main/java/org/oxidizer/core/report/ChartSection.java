package org.oxidizer.core.report;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.CategoryBreakdown;

/** The HTML report's charts: before/after bars, CPU% and RSS over time, and where the samples went. */
final class ChartSection {

    /** RSS is drawn in MiB, so that the axis ticks fall on round numbers. */
    private static final double MIB = 1024.0 * 1024;

    private ChartSection() {
    }

    static void write(Writer out, MigrationReport report) throws IOException {
        Comparison c = report.comparison();
        out.write("<h2 id='charts'>Before and after</h2>");
        out.write("<p class='note'><span class='swatch' style='background:" + hex(SvgChart.BEFORE) + "'></span>before (pure Java)"
            + "<span class='swatch' style='background:" + hex(SvgChart.AFTER) + "'></span>after (kernel). Bars are medians over"
            + " the runs; time series are the first run of each side, sampled from /proc every 100 ms (CPU% is cut at the"
            + " cores' ceiling: a point above it is a sampling hiccup, not work).</p>");
        out.write("<div class='charts'>");
        out.write(BeforeAfterBarChart.svg("chart-wall", "Wall time", c.medianWallMillis(c.before()), c.medianWallMillis(c.after()),
            Figures::duration));
        out.write(BeforeAfterBarChart.svg("chart-rss", "Peak RSS", c.medianPeakRssBytes(c.before()),
            c.medianPeakRssBytes(c.after()), Figures::bytes));
        out.write(BeforeAfterBarChart.svg("chart-cpu", "CPU utilization", c.medianCpuPercent(c.before()),
            c.medianCpuPercent(c.after()), Figures::percent));
        List<ProcSample> before = c.before().get(0).measurement().series();
        List<ProcSample> after = c.after().get(0).measurement().series();
        int cores = report.environment().cores();
        out.write(TimeSeriesChart.svg("chart-cpu-series", "CPU % over time", before, after, ProcSample::cpuPercent,
            Figures::percent, 100.0 * cores, cores + " cores"));
        out.write(TimeSeriesChart.svg("chart-rss-series", "RSS over time", before, after, p -> p.rssBytes() / MIB,
            v -> String.format(Locale.ROOT, "%,.0f MiB", v), Double.NaN, ""));
        CategoryBreakdown beforeShares = c.categories(c.before());
        CategoryBreakdown afterShares = c.categories(c.after());
        out.write(CategoryShareChart.svg("chart-categories", "Where the samples went", beforeShares.shares(),
            afterShares.shares()));
        out.write("<div><h3>Diagnosis</h3><p>Before: " + Html.escape(beforeShares.diagnosis()) + "</p><p>After: "
            + Html.escape(afterShares.diagnosis()) + "</p></div>");
        out.write("</div>");
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
    }
}
