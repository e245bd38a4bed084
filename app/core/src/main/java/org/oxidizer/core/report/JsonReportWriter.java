package org.oxidizer.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.oxidizer.core.migrate.Comparison;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.TargetRun;

/**
 * {@code report.json}: the stable, documented machine-readable form (docs/report-json.md). Fields are
 * only ever added; the {@code schema} value changes if one is removed or changes meaning.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String SCHEMA = "oxidizer.migration-report/1";

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(MigrationReport report, Writer out) throws IOException {
        Comparison c = report.comparison();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("workload", c.workload().name());
            json.writeStringField("description", c.workload().description());
            json.writeStringField("generatedAt", report.generatedAt().toString());
            json.writeStringField("command", report.command());
            json.writeStringField("failure", report.failure());
            side(json, "before", c, c.before());
            if (report.hasAfter()) {
                side(json, "after", c, c.after());
                json.writeObjectFieldStart("change");
                json.writeNumberField("speedup", c.speedup());
                json.writeNumberField("memoryReduction", c.memoryReduction());
                json.writeNumberField("cpuUtilizationRatio", c.cpuUtilizationRatio());
                json.writeEndObject();
                json.writeBooleanField("identicalResults", c.identicalResults());
            }
            swaps(json, report);
            json.writeObjectFieldStart("hotspots");
            hotspots(json, "before", c.hotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
            if (report.hasAfter()) {
                hotspots(json, "after", c.hotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
            }
            json.writeEndObject();
            environment(json, report.environment());
            json.writeStringField("cpuPercentNote", MigrationReport.CPU_PERCENT_NOTE);
            json.writeEndObject();
        }
    }

    private static void side(JsonGenerator json, String name, Comparison c, List<TargetRun> runs) throws IOException {
        TargetRun first = runs.get(0);
        json.writeObjectFieldStart(name);
        json.writeNumberField("wallMillis", Math.round(c.medianWallMillis(runs)));
        json.writeNumberField("peakRssBytes", Math.round(c.medianPeakRssBytes(runs)));
        json.writeNumberField("cpuPercent", Math.round(c.medianCpuPercent(runs) * 10) / 10.0);
        json.writeStringField("checksum", first.checksum());
        double hot = c.medianReported(runs, SummaryRow.HOT_MILLIS);
        if (!Double.isNaN(hot)) {
            json.writeNumberField("hotMethodMillis", Math.round(hot));
        }
        json.writeNumberField("runs", runs.size());
        json.writeStringField("profileEvent", first.agent().profileEvent());
        CategoryBreakdown categories = c.categories(runs);
        json.writeStringField("diagnosis", categories.diagnosis());
        json.writeObjectFieldStart("categoryPercent");
        for (CategoryBreakdown.Share share : categories.shares()) {
            json.writeNumberField(share.category(), round2(share.percent()));
        }
        json.writeEndObject();
        json.writeNumberField("profileSamples", first.profile().totalSamples());
        json.writeArrayFieldStart("wallMillisPerRun");
        for (TargetRun r : runs) {
            json.writeNumber(r.measurement().wallMillis());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void swaps(JsonGenerator json, MigrationReport report) throws IOException {
        Comparison c = report.comparison();
        json.writeArrayFieldStart("swaps");
        List<AgentReport.SwapReport> served = report.hasAfter() ? c.after().get(0).agent().swaps() : List.of();
        for (var swap : c.workload().swaps()) {
            json.writeStartObject();
            json.writeStringField("method", swap.method());
            json.writeStringField("kernel", swap.kernelId());
            json.writeNumberField("totalPercentBefore", round2(c.totalPercent(c.before(), swap.method())));
            if (report.hasAfter()) {
                json.writeNumberField("totalPercentAfter", round2(c.totalPercent(c.after(), swap.method())));
            }
            for (AgentReport.SwapReport s : served) {
                if (s.method() != null && s.method().startsWith(swap.method() + "(")) {
                    json.writeNumberField("callsServed", s.calls());
                    json.writeNumberField("methodCalls", s.methodCalls());
                    json.writeNumberField("fallbacks", s.fallbacks());
                    json.writeNumberField("verifiedCalls", s.verifiedCalls());
                    json.writeNumberField("identicalCalls", s.identicalCalls());
                    if (s.mismatch() != null) {
                        json.writeStringField("mismatch", s.mismatch());
                    }
                    writeNumber(json, "kernelSpeedupOnVerifiedCalls", s.verifiedSpeedup());
                    writeNumber(json, "predictedSpeedup", c.predictedSpeedup(swap));
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** NaN is not JSON: an unknown figure is left out. */
    private static void writeNumber(JsonGenerator json, String name, double value) throws IOException {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            json.writeNumberField(name, round2(value));
        }
    }

    private static void hotspots(JsonGenerator json, String name, List<Hotspot> hotspots) throws IOException {
        json.writeArrayFieldStart(name);
        for (Hotspot h : hotspots) {
            json.writeStartObject();
            json.writeStringField("frame", h.frame());
            json.writeNumberField("selfPercent", round2(h.selfPercent()));
            json.writeNumberField("totalPercent", round2(h.totalPercent()));
            json.writeNumberField("selfSamples", h.selfSamples());
            json.writeNumberField("totalSamples", h.totalSamples());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void environment(JsonGenerator json, Environment env) throws IOException {
        json.writeObjectFieldStart("environment");
        json.writeStringField("javaVersion", env.javaVersion());
        json.writeStringField("javaVendor", env.javaVendor());
        json.writeStringField("os", env.os());
        json.writeStringField("cpuModel", env.cpuModel());
        json.writeNumberField("cores", env.cores());
        json.writeNumberField("memoryBytes", env.memoryBytes());
        json.writeEndObject();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
