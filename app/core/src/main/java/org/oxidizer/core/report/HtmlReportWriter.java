package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.migrate.Comparison;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.MethodSwap;

/** {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, no network). */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}"
        + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ddd}"
        + "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.25em .8em;border-bottom:1px solid #eee;text-align:left}"
        + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.92em}"
        + ".fail{background:#fde8e8;border-left:4px solid #c0392b;padding:.6em 1em}.better{color:#2f7d6d;font-weight:600}.worse{color:#c0392b;font-weight:600}.neutral{color:#444}"
        + ".charts{display:flex;flex-wrap:wrap;gap:1.5em}.note{color:#666;font-size:.9em}"
        + "svg .ttl{font-weight:600;font-size:13px}svg .lbl,svg .val{font-size:11px;fill:#444}svg .axis{stroke:#999}";

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(MigrationReport report, Writer out) throws IOException {
        Comparison c = report.comparison();
        out.write("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Migration report: "
            + Html.escape(c.workload().name()) + "</title><style>" + STYLE + "</style></head><body>");
        out.write("<h1>Migration report: " + Html.escape(c.workload().name()) + "</h1><p>"
            + Html.escape(c.workload().description()) + "</p>");
        if (report.failure() != null) {
            out.write("<p class='fail'><strong>This run cannot be trusted:</strong> " + Html.escape(report.failure()) + "</p>");
        }
        CategoryBreakdown before = c.categories(c.before());
        CategoryBreakdown after = report.hasAfter() ? c.categories(c.after()) : null;
        summary(out, report);
        charts(out, report, before, after);
        diagnosis(out, before, after);
        swaps(out, report);
        hotspots(out, "Hot methods before", c.hotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
        if (report.hasAfter()) {
            hotspots(out, "Hot methods after", c.hotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
        }
        environment(out, report);
        out.write("</body></html>\n");
    }

    private static void summary(Writer out, MigrationReport report) throws IOException {
        out.write("<h2>Summary</h2><table><tr><th>metric</th><th class='n'>before</th><th class='n'>after</th><th>change</th></tr>");
        for (SummaryRow row : report.summary()) {
            String css = row.verdict().name().toLowerCase(java.util.Locale.ROOT);
            if (row.after().isEmpty()) {
                out.write("<tr><td>" + Html.escape(row.metric()) + "</td><td colspan='3' class='" + css + "'>"
                    + Html.escape(row.before()) + "</td></tr>");
                continue;
            }
            out.write("<tr><td>" + Html.escape(row.metric()) + "</td><td class='n'>" + Html.escape(row.before())
                + "</td><td class='n'>" + Html.escape(row.after()) + "</td><td class='" + css + "'>" + Html.escape(row.change())
                + "</td></tr>");
        }
        out.write("</table><p class='note'>Medians of " + report.comparison().before().size() + " run(s) per side. "
            + Html.escape(MigrationReport.CPU_PERCENT_NOTE) + " This machine has " + report.environment().cores()
            + " cores, so the ceiling here is " + 100 * report.environment().cores() + "%.</p>");
    }

    private static void charts(Writer out, MigrationReport report, CategoryBreakdown beforeCategories,
                               CategoryBreakdown afterCategories) throws IOException {
        if (!report.hasAfter()) {
            return;
        }
        Comparison c = report.comparison();
        List<ProcSample> before = c.before().get(0).measurement().series();
        List<ProcSample> after = c.after().get(0).measurement().series();
        out.write("<h2>Before and after</h2><div class='charts'>");
        out.write(SvgCharts.bars("Wall time", c.medianWallMillis(c.before()), c.medianWallMillis(c.after()), Figures::duration));
        out.write(SvgCharts.bars("Peak RSS", c.medianPeakRssBytes(c.before()), c.medianPeakRssBytes(c.after()), Figures::bytes));
        out.write(SvgCharts.bars("CPU utilization", c.medianCpuPercent(c.before()), c.medianCpuPercent(c.after()), Figures::percent));
        out.write(SvgCharts.series("CPU % over time", before, after, ProcSample::cpuPercent, Figures::percent));
        out.write(SvgCharts.series("RSS over time", before, after, ProcSample::rssBytes, Figures::bytes));
        out.write(SvgCharts.categories("Where the samples went", beforeCategories.shares(), afterCategories.shares()));
        out.write("</div><p class='note'><span style='color:" + SvgCharts.BEFORE_COLOR + "'>&#9632;</span> before (pure Java) "
            + "<span style='color:" + SvgCharts.AFTER_COLOR + "'>&#9632;</span> after (kernel). Sampled from /proc every 100 ms.</p>");
    }

    private static void diagnosis(Writer out, CategoryBreakdown before, CategoryBreakdown after) throws IOException {
        out.write("<h2>Diagnosis</h2><p>Before: " + Html.escape(before.diagnosis()) + "</p>");
        if (after != null) {
            out.write("<p>After: " + Html.escape(after.diagnosis()) + "</p>");
        }
    }

    private static void swaps(Writer out, MigrationReport report) throws IOException {
        Comparison c = report.comparison();
        out.write("<h2>What was swapped</h2><table><tr><th>method</th><th>kernel</th><th class='n'>share of samples before</th>"
            + "<th class='n'>after</th></tr>");
        for (MethodSwap swap : c.workload().swaps()) {
            out.write("<tr><td><code>" + Html.escape(swap.method()) + "</code></td><td><code>" + Html.escape(swap.kernelId())
                + "</code></td><td class='n'>" + Figures.percent(c.totalPercent(c.before(), swap.method())) + "</td><td class='n'>"
                + (report.hasAfter() ? Figures.percent(c.totalPercent(c.after(), swap.method())) : "-") + "</td></tr>");
        }
        out.write("</table>");
    }

    private static void hotspots(Writer out, String title, List<Hotspot> hotspots) throws IOException {
        out.write("<h2>" + Html.escape(title) + "</h2><table><tr><th class='n'>self %</th><th class='n'>total %</th><th>method</th></tr>");
        for (Hotspot h : hotspots) {
            out.write(String.format(Locale.ROOT, "<tr><td class='n'>%.1f</td><td class='n'>%.1f</td><td><code>%s</code></td></tr>",
                h.selfPercent(), h.totalPercent(), Html.escape(h.frame())));
        }
        out.write("</table>");
    }

    private static void environment(Writer out, MigrationReport report) throws IOException {
        Environment env = report.environment();
        out.write("<h2>Environment and reproduction</h2><table>");
        row(out, "JVM", env.javaVendor() + " " + env.javaVersion());
        row(out, "OS", env.os());
        row(out, "CPU", env.cpuModel() + ", " + env.cores() + " cores");
        row(out, "Memory", Figures.bytes(env.memoryBytes()));
        row(out, "Generated", report.generatedAt().toString());
        out.write("<tr><td>Reproduce</td><td><code>" + Html.escape(report.command()) + "</code></td></tr></table>");
    }

    private static void row(Writer out, String key, String value) throws IOException {
        out.write("<tr><td>" + Html.escape(key) + "</td><td>" + Html.escape(value) + "</td></tr>");
    }
}
