package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.oxidizer.core.target.AgentReport;

/** The HTML report's "What was swapped": per method, the kernel, how they were matched and verified, predicted vs measured. */
final class HtmlSwapSection {

    private HtmlSwapSection() {
    }

    static void write(Writer out, MigrationReport report) throws IOException {
        out.write("<h2 id='swapped'>What was swapped</h2>");
        for (SwapSummary s : report.swaps()) {
            out.write("<table>");
            row(out, "method", "<code>" + Html.escape(s.swap().method()) + "</code>");
            row(out, "kernel", "<code>" + Html.escape(s.swap().kernelId()) + "</code>");
            row(out, "matched", s.matching(text -> "<code>" + Html.escape(text) + "</code>"));
            row(out, "verification", Html.escape(s.verification()));
            if (s.agent().isPresent()) {
                AgentReport.SwapReport a = s.agent().get();
                row(out, "served", a.calls() + " of " + a.methodCalls() + " calls by the kernel, " + a.fallbacks()
                    + " fell back to Java (first after run)");
            }
            row(out, "share of samples", Figures.percent(s.shareBefore()) + " before"
                + (Double.isNaN(s.shareAfter()) ? "" : ", " + Figures.percent(s.shareAfter()) + " after")
                + " (method anywhere on the stack)");
            row(out, "kernel on captured calls", Html.escape(s.measurement()) + " (prediction run: the Java method and the"
                + " kernel timed side by side on the same inputs)");
            row(out, "prediction", "<span class='predicted'><b>" + Html.escape(s.prediction().describe()) + "</b> for the whole"
                + " run, made before the swapped runs</span>");
            row(out, "measured", "<span class='predicted'><b>" + times(s.measuredSpeedup()) + "</b> wall time, median before /"
                + " median after" + (Double.isNaN(s.predictionError()) ? "" : String.format(Locale.ROOT,
                    "; the prediction was %+.0f%% off", 100 * s.predictionError())) + "</span>");
            out.write("</table>");
        }
    }

    private static void row(Writer out, String key, String html) throws IOException {
        out.write("<tr><td class='key'>" + Html.escape(key) + "</td><td>" + html + "</td></tr>");
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
