package org.oxidizer.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.core.live.LiveResult;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.Verification;
import org.oxidizer.core.match.MigrationCandidate;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * {@code oxidizer migrate --json}: a live migration's whole result for scripts and CI (docs/migrate-json.md).
 * Fields are only ever added; {@link #SCHEMA} changes if one is removed or changes meaning. Missing numbers are null.
 */
public final class LiveResultJson {

    public static final String SCHEMA = "oxidizer.live-migration/1";

    private LiveResultJson() {
    }

    public static void write(LiveResult r, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeNumberField("pid", r.pid());
            json.writeStringField("target", r.description());
            if (r.ended() != null) {
                json.writeStringField("ended", r.ended());
            }
            json.writeArrayFieldStart("candidates");
            for (MigrationCandidate c : r.candidates()) {
                candidate(json, c);
            }
            json.writeEndArray();
            json.writeStringField("chosen", r.chosen() == null ? null : r.chosen().frame());
            if (r.verification() != null) {
                verification(json, r.verification(), r.captured());
            }
            if (r.advice() != null) {
                advice(json, r.advice());
            }
            if (r.swap() != null) {
                json.writeObjectFieldStart("swap");
                json.writeStringField("method", r.swap().methodKey());
                json.writeStringField("kernel", r.swap().kernel());
                json.writeBooleanField("forced", r.swap().forced());
                number(json, "firstServedMillis", r.swap().firstServedNanos() < 0 ? Double.NaN : r.swap().firstServedNanos() / 1e6);
                json.writeEndObject();
            }
            if (r.meter() != null && r.meter().status() != null) {
                inPlace(json, r);
            }
            json.writeEndObject();
        }
    }

    private static void candidate(JsonGenerator json, MigrationCandidate c) throws IOException {
        json.writeStartObject();
        json.writeStringField("method", c.frame());
        json.writeNumberField("totalPercent", c.totalPercent());
        json.writeNumberField("selfPercent", c.selfPercent());
        json.writeBooleanField("replaceable", c.replaceable());
        json.writeStringField("kernel", c.kernel().map(k -> k.kernel()).orElse(null));
        json.writeStringField("engine", c.kernel().map(k -> k.engine().isEmpty() ? null : k.engine()).orElse(null));
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, String> p : c.kernel().map(k -> k.parameters()).orElse(Map.of()).entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("reasons");
        for (String reason : c.reasons()) {
            json.writeString(reason);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void verification(JsonGenerator json, Verification v, RouteStatus captured) throws IOException {
        json.writeObjectFieldStart("verification");
        json.writeStringField("kernel", v.kernel());
        json.writeNumberField("callsCompared", v.calls());
        json.writeNumberField("identical", v.identical());
        json.writeBooleanField("passed", v.passed());
        json.writeStringField("tolerance", v.tolerance());
        if (v.mismatch() != null) {
            json.writeObjectFieldStart("firstMismatch");
            json.writeNumberField("call", v.mismatch().call());
            json.writeStringField("where", v.mismatch().where());
            json.writeStringField("input", v.mismatch().input());
            json.writeStringField("java", v.mismatch().javaOutput());
            json.writeStringField("kernel", v.mismatch().kernelOutput());
            json.writeEndObject();
        }
        number(json, "crossingNanos", v.crossingNanos() > 0 ? v.crossingNanos() : Double.NaN);
        ABMeasurement m = v.measurement();
        json.writeObjectFieldStart("ab");
        json.writeStringField("unavailable", m.unavailable());
        json.writeNumberField("pairs", m.javaNanos().length);
        json.writeNumberField("warmupPasses", m.warmupPasses());
        json.writeBooleanField("steady", m.steady());
        number(json, "javaMedianNanos", m.available() ? m.javaMedianNanos() : Double.NaN);
        number(json, "kernelMedianNanos", m.available() ? m.kernelMedianNanos() : Double.NaN);
        ratio(json, "ratio", m.ratio());
        json.writeNumberField("spentMillis", m.spentNanos() / 1e6);
        json.writeEndObject();
        if (captured != null) {
            json.writeObjectFieldStart("capture");
            json.writeNumberField("calls", captured.captured());
            number(json, "costPercent", 100 * captured.captureOverhead());
            json.writeNumberField("costNanos", captured.captureCostNanos());
            json.writeNumberField("capturedJavaNanos", captured.capturedJavaNanos());
            number(json, "threadSharePercent", 100 * captured.threadShare());
            json.writeNumberField("callerThreads", captured.callerThreads());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void advice(JsonGenerator json, Advice a) throws IOException {
        json.writeObjectFieldStart("advice");
        json.writeStringField("verdict", a.verdict().words());
        json.writeBooleanField("strongly", a.strongly());
        number(json, "predictedWholeRunSpeedup", a.predictedSpeedup());
        number(json, "predictedLow", a.predictedLow());
        number(json, "predictedHigh", a.predictedHigh());
        json.writeArrayFieldStart("reasons");
        for (String reason : a.reasons()) {
            json.writeString(reason);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void inPlace(JsonGenerator json, LiveResult r) throws IOException {
        InPlaceMeter meter = r.meter();
        RouteStatus s = meter.status();
        json.writeObjectFieldStart("inPlace");
        number(json, "javaMedianNanos", s.javaTimes().recent().length == 0 ? Double.NaN : s.javaTimes().medianNanos());
        json.writeNumberField("javaCalls", s.javaTimes().recent().length);
        number(json, "kernelMedianNanos", s.kernelTimes().recent().length == 0 ? Double.NaN : s.kernelTimes().medianNanos());
        json.writeNumberField("kernelCalls", s.kernelTimes().recent().length);
        ratio(json, "ratio", s.inPlace());
        number(json, "measuredWholeRunSpeedup", r.measuredWholeRun());
        number(json, "predictionError", r.predictionError());
        number(json, "cpuPercentBefore", meter.medianCpuPercent("observe"));
        number(json, "cpuPercentAfter", meter.medianCpuPercent("swapped"));
        number(json, "callsPerSecondBefore", meter.callsPerSecond("observe"));
        number(json, "callsPerSecondAfter", meter.callsPerSecond("swapped"));
        latency(json, "latencyBefore", meter.latency("observe", false));
        latency(json, "latencyAfter", meter.latency("swapped", true));
        json.writeArrayFieldStart("timeline");
        for (InPlaceMeter.Point p : meter.points()) {
            json.writeStartObject();
            json.writeNumberField("seconds", p.seconds());
            json.writeStringField("mode", p.mode());
            json.writeNumberField("callsPerSecond", p.callsPerSecond());
            number(json, "javaNanosPerCall", p.javaNanosPerCall());
            number(json, "kernelNanosPerCall", p.kernelNanosPerCall());
            number(json, "cpuPercent", p.cpuPercent());
            json.writeNumberField("windowSeconds", p.windowSeconds());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A per-call time distribution: its calls and percentiles in nanos (absent percentiles without calls). */
    private static void latency(JsonGenerator json, String name, org.oxidizer.core.stats.LatencyHistogram h) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("calls", h.total());
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            number(json, "p" + Math.round(p * 100) + "Nanos", h.percentile(p));
        }
        json.writeEndObject();
    }

    private static void ratio(JsonGenerator json, String name, SpeedRatio r) throws IOException {
        json.writeObjectFieldStart(name);
        number(json, "estimate", r.estimate());
        number(json, "low95", r.low());
        number(json, "high95", r.high());
        json.writeNumberField("count", r.count());
        number(json, "pValue", r.pValue());
        json.writeBooleanField("measurable", r.measurable());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
