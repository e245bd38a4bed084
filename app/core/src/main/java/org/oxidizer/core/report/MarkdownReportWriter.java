package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.ProfileDiff;
import org.oxidizer.core.target.AgentReport;

/** {@code report.md}: the same content as the HTML without charts, for a pull request or a wiki page. */
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
            out.write("| " + md(row.metric()) + " | " + md(row.before()) + spread(row.beforeSpread()) + " | " + md(row.after())
                + spread(row.afterSpread()) + " | " + md(row.change()) + " |\n");
        }
        int runs = c.before().size();
        out.write("\n" + (runs == 1 ? "One run per side." : "Medians of " + runs + " runs per side, (min – max) in brackets.")
            + " " + MigrationReport.CPU_PERCENT_NOTE + " This machine has " + report.environment().cores() + " cores.\n\n");
        bestJava(out, report);
        out.write("## Diagnosis\n\n- Before: " + md(c.categories(c.before()).diagnosis()) + "\n");
        if (report.hasAfter()) {
            out.write("- After: " + md(c.categories(c.after()).diagnosis()) + "\n");
        }
        swaps(out, report);
        hotspots(out, "Hot methods before (application methods, each with the JDK/JVM time it called)", c.hotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
        if (report.hasAfter()) {
            hotspots(out, "Hot methods after (application methods, each with the JDK/JVM time it called)", c.hotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
        }
        movers(out, report.movers());
        nativeMemory(out, report);
        environment(out, report);
    }

    private static void bestJava(Writer out, MigrationReport report) throws IOException {
        java.util.Optional<BestJavaSection> section = BestJavaSection.of(report);
        if (section.isEmpty()) {
            return;
        }
        out.write("## Against the best Java\n\n| metric | first Java | best Java | kernel |\n|---|---:|---:|---:|\n");
        for (String[] r : section.get().rows()) {
            out.write("| " + md(r[0]) + " | " + r[1] + " | " + r[2] + " | " + r[3] + " |\n");
        }
        out.write("\n" + md(section.get().sentence()) + " " + md(BestJavaSection.NOTE) + "\n\n");
    }

    private static void nativeMemory(Writer out, MigrationReport report) throws IOException {
        java.util.Optional<NativeMemorySection> section = NativeMemorySection.of(report);
        if (section.isEmpty()) {
            return;
        }
        out.write("\n## Native memory\n\n" + md(section.get().sentence()) + "\n");
        if (section.get().after() != null) {
            out.write("\n| owner | malloc'd after | held at end, after | malloc'd before | held at end, before |\n|---|---:|---:|---:|---:|\n");
            for (String[] r : section.get().rows()) {
                out.write("| " + md(r[0]) + " | " + r[1] + " | " + r[2] + " | " + r[3] + " | " + r[4] + " |\n");
            }
            out.write("\n" + md(NativeMemorySection.NOTE) + "\n");
        }
    }

    private static void swaps(Writer out, MigrationReport report) throws IOException {
        out.write("\n## What was swapped\n");
        for (SwapSummary s : report.swaps()) {
            out.write("\n" + code(s.swap().method()) + " → kernel " + code(s.swap().kernelId()) + "\n\n");
            out.write("- matched: " + s.matching(MarkdownReportWriter::code) + "\n");
            out.write("- verification: " + md(s.verification()) + "\n");
            if (s.agent().isPresent()) {
                AgentReport.SwapReport a = s.agent().get();
                out.write("- served: " + a.calls() + " of " + a.methodCalls() + " calls by the kernel, " + a.fallbacks()
                    + " fell back to Java\n");
            }
            out.write("- share of samples: " + Figures.percent(s.shareBefore()) + " before"
                + (Double.isNaN(s.shareAfter()) ? "" : ", " + Figures.percent(s.shareAfter()) + " after") + "\n");
            out.write("- kernel on captured calls (prediction run): " + s.measurement() + "\n");
            out.write("- **prediction: " + s.prediction().describe() + "**\n");
            out.write("- **measured: " + HtmlSwapSection.times(s.measuredSpeedup()) + "** (whole run, wall time)"
                + (Double.isNaN(s.predictionError()) ? "" : String.format(java.util.Locale.ROOT, "; the prediction was %+.0f%% off",
                    100 * s.predictionError())) + "\n");
        }
    }

    private static void hotspots(Writer out, String title, List<Hotspot> hotspots) throws IOException {
        out.write("\n## " + title + "\n\n| self % | total % | method |\n|---:|---:|---|\n");
        for (Hotspot h : hotspots) {
            out.write(String.format(Locale.ROOT, "| %.1f | %.1f | %s |%n", h.selfPercent(), h.totalPercent(), code(h.frame())));
        }
    }

    private static void movers(Writer out, List<ProfileDiff.FrameDelta> movers) throws IOException {
        if (movers.isEmpty()) {
            return;
        }
        out.write("\n## Frames that moved most\n\n| total % before | after | change (pts) | frame |\n|---:|---:|---:|---|\n");
        for (ProfileDiff.FrameDelta d : movers) {
            out.write(String.format(Locale.ROOT, "| %.1f | %.1f | %+.1f | %s |%n", d.beforeTotal(), d.afterTotal(),
                d.totalDelta(), code(d.frame())));
        }
    }

    private static void environment(Writer out, MigrationReport report) throws IOException {
        Environment env = report.environment();
        out.write("\n## Environment and reproduction\n\n");
        out.write("- JVM (workbench): " + md(env.javaVendor() + " " + env.javaVersion()) + ", flags "
            + code(String.join(" ", env.jvmArguments())) + "\n- OS: " + md(env.os()) + "\n- CPU: " + md(env.cpuModel()) + ", "
            + env.cores() + " cores, " + Figures.bytes(env.memoryBytes()) + " memory\n");
        StringBuilder versions = new StringBuilder();
        env.sortedVersions().forEach((k, v) -> versions.append(versions.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.write("- Versions: " + md(versions.toString()) + "\n");
        for (RunCommand cmd : report.runCommands()) {
            out.write("- JVM flags " + cmd.side() + ": " + code(String.join(" ", cmd.jvmOptions())) + "\n");
        }
        out.write("- Generated: " + report.generatedAt() + "\n\nReproduce:\n\n" + fenced(report.command()));
        for (RunCommand cmd : report.runCommands()) {
            if (!cmd.commandLine().isEmpty()) {
                out.write("\nThe " + cmd.side() + " target JVM was started as:\n\n" + fenced(cmd.shellLine()));
            }
        }
    }

    private static String spread(String range) {
        return range.isEmpty() ? "" : " (" + md(range) + ")";
    }

    /** A fence longer than any run of backticks inside, so a command line cannot close it early. */
    static String fenced(String text) {
        int longest = 0;
        int run = 0;
        for (char ch : text.toCharArray()) {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "sh\n" + text.replace("\r", "") + "\n" + fence + "\n";
    }

    /** A code span: markup inside it is not interpreted, so only the table and the span need guarding. */
    static String code(String text) {
        return "`" + (text == null ? "" : text.replace("`", "'").replace("|", "\\|").replace("\n", " ")) + "`";
    }

    /** Names come from the target: keep them from breaking the table, linking, emphasizing or injecting markup. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\', '|', '[', ']', '*', '_' -> out.append('\\').append(ch);
                case '`' -> out.append('\'');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
