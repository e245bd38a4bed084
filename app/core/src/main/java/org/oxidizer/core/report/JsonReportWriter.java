package org.oxidizer.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.ProfileDiff;
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
            nativeMemory(json, report);
            bestJava(json, report);
            json.writeObjectFieldStart("hotspots");
            hotspots(json, "before", c.hotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
            if (report.hasAfter()) {
                hotspots(json, "after", c.hotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
            }
            json.writeEndObject();
            // Every frame by its own samples, for tools that rank as async-profiler does; "hotspots" are application methods.
            json.writeObjectFieldStart("rawFrames");
            hotspots(json, "before", c.rawHotspots(c.before(), MigrationReport.HOTSPOT_LIMIT));
            if (report.hasAfter()) {
                hotspots(json, "after", c.rawHotspots(c.after(), MigrationReport.HOTSPOT_LIMIT));
            }
            json.writeEndObject();
            movers(json, report);
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
        json.writeArrayFieldStart("peakRssBytesPerRun");
        for (TargetRun r : runs) {
            json.writeNumber(r.measurement().peakRssBytes());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("cpuPercentPerRun");
        for (TargetRun r : runs) {
            json.writeNumber(round1(r.measurement().cpuPercent()));
        }
        json.writeEndArray();
        json.writeObjectFieldStart("spread");
        spread(json, "wallMillis", Spread.of(runs, r -> r.measurement().wallMillis()), true);
        spread(json, "peakRssBytes", Spread.of(runs, r -> r.measurement().peakRssBytes()), true);
        spread(json, "cpuPercent", Spread.of(runs, r -> r.measurement().cpuPercent()), false);
        json.writeEndObject();
        RunCommand command = RunCommand.of(name, first);
        stringArray(json, "jvmOptions", command.jvmOptions());
        stringArray(json, "commandLine", command.commandLine());
        json.writeEndObject();
    }

    /** Min, median and max over the side's runs; whole numbers for milliseconds and bytes. */
    private static void spread(JsonGenerator json, String name, Spread spread, boolean whole) throws IOException {
        json.writeObjectFieldStart(name);
        double[] values = {spread.min(), spread.median(), spread.max()};
        String[] names = {"min", "median", "max"};
        for (int i = 0; i < 3; i++) {
            if (whole) {
                json.writeNumberField(names[i], Math.round(values[i]));
            } else {
                json.writeNumberField(names[i], round1(values[i]));
            }
        }
        json.writeEndObject();
    }

    private static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /** The third side: the workload's best pure-Java rewrite, its medians and the two paired ratios. */
    private static void bestJava(JsonGenerator json, MigrationReport report) throws IOException {
        java.util.Optional<BestJavaSection> section = BestJavaSection.of(report);
        if (section.isEmpty()) {
            return;
        }
        org.oxidizer.core.compare.Comparison c = report.comparison();
        json.writeObjectFieldStart("bestJava");
        json.writeStringField("name", section.get().name());
        json.writeNumberField("wallMillis", c.medianWallMillis(c.bestJava()));
        json.writeNumberField("peakRssBytes", c.medianPeakRssBytes(c.bestJava()));
        json.writeNumberField("cpuPercent", c.medianCpuPercent(c.bestJava()));
        ratio(json, "bestOverFirstJava", section.get().bestOverFirst(), "rounds");
        ratio(json, "kernelOverBestJava", section.get().kernelOverBest(), "rounds");
        json.writeStringField("summary", section.get().sentence());
        json.writeEndObject();
    }

    /** A ratio with its interval (what cannot be known left out) and how many measurements it rests on. */
    private static void ratio(JsonGenerator json, String name, org.oxidizer.core.stats.SpeedRatio r, String countName)
            throws IOException {
        json.writeObjectFieldStart(name);
        writeNumber(json, "estimate", r.estimate());
        writeNumber(json, "low95", r.low());
        writeNumber(json, "high95", r.high());
        json.writeNumberField(countName, r.count());
        json.writeEndObject();
    }

    /** The after-run's native memory by owner (with {@code demo --nativemem}); absent otherwise. */
    private static void nativeMemory(JsonGenerator json, MigrationReport report) throws IOException {
        java.util.Optional<NativeMemorySection> section = NativeMemorySection.of(report);
        if (section.isEmpty()) {
            return;
        }
        NativeMemorySection n = section.get();
        json.writeObjectFieldStart("nativeMemory");
        json.writeStringField("summary", n.sentence());
        if (n.refused() != null) {
            json.writeStringField("refused", n.refused());
        }
        for (String side : new String[] {"before", "after"}) {
            org.oxidizer.core.profile.NativeMemory m = side.equals("before") ? n.before() : n.after();
            if (m == null) {
                continue;
            }
            json.writeObjectFieldStart(side);
            json.writeNumberField("peakRssBytes", side.equals("before") ? n.beforePeakRss() : n.afterPeakRss());
            json.writeNumberField("mallocdBytes", m.mallocd());
            json.writeNumberField("heldAtEndBytes", m.held());
            json.writeArrayFieldStart("owners");
            for (org.oxidizer.core.profile.NativeMemory.Owner o : m.owners()) {
                json.writeStartObject();
                json.writeStringField("owner", o.name());
                json.writeBooleanField("kernel", o.kernel());
                json.writeNumberField("mallocdBytes", o.mallocd());
                json.writeNumberField("heldAtEndBytes", o.held());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void swaps(JsonGenerator json, MigrationReport report) throws IOException {
        json.writeArrayFieldStart("swaps");
        for (SwapSummary s : report.swaps()) {
            json.writeStartObject();
            json.writeStringField("method", s.swap().method());
            json.writeStringField("kernel", s.swap().kernelId());
            json.writeNumberField("totalPercentBefore", round2(s.shareBefore()));
            writeNumber(json, "totalPercentAfter", s.shareAfter());
            json.writeStringField("descriptor", s.descriptor());
            json.writeStringField("matchedShape", s.matchedShape());
            json.writeStringField("matching", s.matching());
            json.writeStringField("tolerance", s.tolerance());
            if (s.agent().isPresent()) {
                AgentReport.SwapReport a = s.agent().get();
                json.writeNumberField("callsServed", a.calls());
                json.writeNumberField("methodCalls", a.methodCalls());
                json.writeNumberField("fallbacks", a.fallbacks());
                json.writeNumberField("verifiedCalls", a.verifiedCalls());
                json.writeNumberField("identicalCalls", a.identicalCalls());
                if (a.mismatch() != null) {
                    json.writeStringField("mismatch", a.mismatch());
                }
            }
            writeNumber(json, "kernelSpeedupOnVerifiedCalls", s.kernelSpeedup());
            ratio(json, "kernelRatio", s.kernelRatio(), "pairs");
            json.writeStringField("prediction", s.prediction().describe());
            writeNumber(json, "predictedSpeedup", s.predictedSpeedup());
            writeNumber(json, "predictedLow95", s.prediction().low());
            writeNumber(json, "predictedHigh95", s.prediction().high());
            writeNumber(json, "measuredSpeedup", s.measuredSpeedup());
            writeNumber(json, "predictionError", s.predictionError());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void movers(JsonGenerator json, MigrationReport report) throws IOException {
        json.writeArrayFieldStart("frameDeltas");
        for (ProfileDiff.FrameDelta d : report.movers()) {
            json.writeStartObject();
            json.writeStringField("frame", d.frame());
            json.writeNumberField("totalPercentBefore", round2(d.beforeTotal()));
            json.writeNumberField("totalPercentAfter", round2(d.afterTotal()));
            json.writeNumberField("selfPercentBefore", round2(d.beforeSelf()));
            json.writeNumberField("selfPercentAfter", round2(d.afterSelf()));
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
        stringArray(json, "jvmArguments", env.jvmArguments());
        json.writeObjectFieldStart("versions");
        for (var v : env.sortedVersions().entrySet()) {
            json.writeStringField(v.getKey(), v.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
