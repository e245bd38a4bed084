package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.report.MigrationReport;
import org.oxidizer.core.report.SummaryRow;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.TargetRun;

/** Prints a migration's seed-style table and hot methods for a terminal. */
final class DemoPrinter {

    private static final int HOT_LINES = 8;

    private final PrintStream out;

    DemoPrinter(PrintStream out) {
        this.out = out;
    }

    void print(MigrationReport report) {
        Comparison c = report.comparison();
        out.println();
        out.printf(Locale.ROOT, "%-17s %12s %12s   %s%n", "metric", "before", "after", "change");
        for (SummaryRow row : report.summary()) {
            if (row.after().isEmpty()) {
                out.printf(Locale.ROOT, "%-17s %s%n", row.metric(), row.before());
            } else {
                out.printf(Locale.ROOT, "%-17s %12s %12s   %s%n", row.metric(), row.before(), row.after(), row.change());
            }
        }
        out.println("(" + MigrationReport.CPU_PERCENT_NOTE + " Cores here: " + report.environment().cores() + ".)");
        org.oxidizer.core.report.BestJavaSection.of(report).ifPresent(b -> {
            out.println();
            out.printf(Locale.ROOT, "%-17s %12s %12s %12s%n", "against", "first Java", "best Java", "kernel");
            for (String[] r : b.rows()) {
                out.printf(Locale.ROOT, "%-17s %12s %12s %12s%n", r[0], r[1], r[2], r[3]);
            }
            out.println(b.sentence());
        });
        for (MethodSwap swap : c.workload().swaps()) {
            out.printf(Locale.ROOT, "%n%s: %.0f%% of samples before%s%n", swap.method(), c.totalPercent(c.before(), swap.method()),
                report.hasAfter() ? String.format(Locale.ROOT, ", %.0f%% after", c.totalPercent(c.after(), swap.method())) : "");
            if (!c.predictions().isEmpty()) {
                c.predictions().get(0).agent().swaps().stream().filter(s -> s.method().startsWith(swap.method() + "(")).findFirst()
                    .ifPresent(s -> out.println("  prediction run: " + s.identicalCalls() + " of " + s.verifiedCalls()
                        + " captured calls identical; " + s.measurement().describe()));
            }
            if (report.hasAfter()) {
                c.after().get(0).agent().swaps().stream().filter(s -> s.method().startsWith(swap.method() + "(")).findFirst()
                    .ifPresent(s -> out.printf(Locale.ROOT, "  after run: verified on %d captured calls (%d identical) before"
                        + " the kernel served%n", s.verifiedCalls(), s.identicalCalls()));
            }
        }
        out.println("predicted whole run " + c.prediction().describe());
        if (report.hasAfter()) {
            out.printf(Locale.ROOT, "measured whole run %.2fx (median wall time before / after)%s%n", c.speedup(),
                Double.isNaN(c.predictionError()) ? "" : String.format(Locale.ROOT, ": the prediction was %+.0f%% off",
                    100 * c.predictionError()));
        }
        hotspots(c, "before", c.before());
        if (report.hasAfter()) {
            hotspots(c, "after", c.after());
        }
        org.oxidizer.core.report.NativeMemorySection.of(report).ifPresent(n -> {
            out.println();
            out.println("native memory: " + n.sentence());
            if (n.after() != null) {
                out.printf(Locale.ROOT, "  %-58s %12s %12s%n", "owner (after-run)", "malloc'd", "held at end");
                for (String[] r : n.rows()) {
                    if (!"–".equals(r[1])) {
                        out.printf(Locale.ROOT, "  %-58s %12s %12s%n", r[0], r[1], r[2]);
                    }
                }
            }
        });
    }

    private void hotspots(Comparison c, String side, List<TargetRun> runs) {
        TargetRun run = runs.get(0);
        out.printf(Locale.ROOT, "%nhot methods %s (%d samples, %s): %s%n", side, run.profile().totalSamples(),
            run.agent().profileEvent() == null ? "no profile" : run.agent().profileEvent() + " mode",
            c.categories(runs).diagnosis());
        out.printf(Locale.ROOT, "  %6s %7s  %s%n", "self%", "total%", "application method (with the JDK/JVM time it called)");
        for (Hotspot h : c.hotspots(runs, HOT_LINES)) {
            out.printf(Locale.ROOT, "  %6.1f %7.1f  %s%n", h.selfPercent(), h.totalPercent(), abbreviate(h.frame()));
        }
    }

    private static String abbreviate(String frame) {
        return frame.length() <= 100 ? frame : frame.substring(0, 97) + "...";
    }
}
