package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.oxidizer.core.migrate.Comparison;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.MethodSwap;

/** {@code report.md}: the same content as the HTML, for a pull request or a wiki page. */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(MigrationReport report, Writer out) throws IOException {
        Comparison c = report.comparison();
        out.write("# Migration report: " + md(c.workload().name()) + "\n\n");
        out.write(md(c.workload().description()) + "\n\n");
        if (report.failure() != null) {
            out.write("> **This run cannot be trusted:** " + md(report.failure()) + "\n\n");
        }
        out.write("| metric | before | after | change |\n|---|---:|---:|---|\n");
        for (SummaryRow row : report.summary()) {
            out.write("| " + row.metric() + " | " + md(row.before()) + " | " + md(row.after()) + " | " + md(row.change()) + " |\n");
        }
        out.write("\nMedians of " + c.before().size() + " run(s) per side. " + MigrationReport.CPU_PERCENT_NOTE
            + " This machine has " + report.environment().cores() + " cores.\n\n");
        out.write("## Diagnosis\n\n- Before: " + md(c.categories(c.before()).diagnosis()) + "\n");
        if (report.hasAfter()) {
            out.write("- After: " + md(c.categories(c.after()).diagnosis()) + "\n");
        }
        out.write("\n## What was swapped\n\n| method | kernel | share of samples before | after | verified on | predicted | measured |\n"
            + "|---|---|---:|---:|---|---:|---:|\n");
        for (MethodSwap swap : c.workload().swaps()) {
            out.write("| " + code(swap.method()) + " | " + code(swap.kernelId()) + " | "
                + Figures.percent(c.totalPercent(c.before(), swap.method())) + " | "
                + (report.hasAfter() ? Figures.percent(c.totalPercent(c.after(), swap.method())) : "-") + " | "
                + verifiedOn(c, swap) + " | " + times(c.predictedSpeedup(swap)) + " | "
                + (report.hasAfter() ? times(c.speedup()) : "-") + " |\n");
        }
        hotspots(out, "Hot methods before", c.hotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
        if (report.hasAfter()) {
            hotspots(out, "Hot methods after", c.hotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
        }
        Environment env = report.environment();
        out.write("\n## Environment and reproduction\n\n");
        out.write("- JVM: " + md(env.javaVendor() + " " + env.javaVersion()) + "\n- OS: " + md(env.os()) + "\n- CPU: "
            + md(env.cpuModel()) + ", " + env.cores() + " cores, " + Figures.bytes(env.memoryBytes()) + " memory\n");
        out.write("- Generated: " + report.generatedAt() + "\n- Reproduce: " + code(report.command()) + "\n");
    }

    private static void hotspots(Writer out, String title, List<Hotspot> hotspots) throws IOException {
        out.write("\n## " + title + "\n\n| self % | total % | method |\n|---:|---:|---|\n");
        for (Hotspot h : hotspots) {
            out.write(String.format(java.util.Locale.ROOT, "| %.1f | %.1f | %s |%n", h.selfPercent(), h.totalPercent(),
                code(h.frame())));
        }
    }

    /** A code span: markup inside it is not interpreted, so only the table and the span need guarding. */
    private static String verifiedOn(Comparison c, MethodSwap swap) {
        if (c.after().isEmpty()) {
            return "-";
        }
        return c.after().get(0).agent().swaps().stream().filter(s -> s.method() != null && s.method().startsWith(swap.method() + "("))
            .findFirst().map(s -> s.identicalCalls() + " of " + s.verifiedCalls() + " captured calls identical"
                + (s.mismatch() == null ? "" : "; first difference " + s.mismatch().replace("|", "\\|")))
            .orElse("-");
    }

    private static String times(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(java.util.Locale.ROOT, "%.2fx", ratio);
    }

    static String code(String text) {
        return "`" + (text == null ? "" : text.replace("`", "'").replace("|", "\\|").replace("\n", " ")) + "`";
    }

    /** Frame names come from the target: keep them from breaking the table or injecting markup. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").replace("<", "&lt;")
            .replace(">", "&gt;").replace("\n", " ");
    }
}
