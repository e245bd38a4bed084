package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oxidizer.core.compare.Comparison;

class ReportWritersTest {

    static String render(ReportWriter writer, MigrationReport report) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }

    private static String render(ReportWriter writer) throws Exception {
        return render(writer, ReportFixtures.report());
    }

    @Test
    void htmlHasEverySection() throws Exception {
        String html = render(new HtmlReportWriter());
        for (String id : List.of("summary", "swapped", "charts", "flame", "hot", "environment")) {
            assertTrue(html.contains("id='" + id + "'"), "section " + id);
        }
        assertTrue(html.contains("4.0x faster"), "wall time 8 s -> 2 s");
        assertTrue(html.contains("<h3>Diagnosis</h3><p>Before: "), "the category diagnosis is shown");
        for (String chart : List.of("chart-wall", "chart-rss", "chart-cpu", "chart-cpu-series", "chart-rss-series",
                "chart-categories")) {
            assertTrue(html.contains("<svg id='" + chart + "'"), "chart " + chart);
        }
        assertTrue(html.contains("Where the samples went"));
        assertTrue(html.contains("3 of 3 captured calls identical (exact: the same bits as Java)"), "verification");
        assertTrue(html.contains("matches the kernel's shape <code>List&lt;Map&lt;String, Integer&gt;&gt;"), "how it was matched");
        assertTrue(html.contains("<b>4.00x</b> wall time"), "measured: 8 s / 2 s");
        assertTrue(html.contains("per call (medians): 3.00x (95% interval 3.00x-3.00x, 6 pairs) (prediction run:"),
            "the kernel on its captured calls");
        assertTrue(html.contains("; the prediction was -54% off"), "the prediction beside the measurement");
        assertTrue(html.contains("-javaagent:/opt/oxidizer-agent.jar=event=cpu"), "JVM flags of the runs");
        assertTrue(html.contains("Frames that moved most"));
    }

    @Test
    void htmlLoadsNothingFromOutside() throws Exception {
        String html = render(new HtmlReportWriter());
        String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?='[^']*'", "")
            .replace("'http://www.w3.org/2000/svg'", "");
        assertFalse(withoutNamespaces.contains("http:") || withoutNamespaces.contains("https:"), "no external resources");
        assertFalse(Pattern.compile("<[^>]+\\ssrc=").matcher(html).find(), "no scripts, images or frames from elsewhere");
        assertFalse(Pattern.compile("href='[^#]").matcher(html).find(), "links only within the page");
        assertFalse(html.contains("<link"), "no stylesheets from elsewhere");
    }

    @Test
    void summaryShowsTheSpreadOverRepeatedRuns() throws Exception {
        MigrationReport report = ReportFixtures.report("abc123", 3);
        SummaryRow wall = report.summary().get(0);
        assertEquals("8.4 s", wall.before(), "median of 8.0, 8.4, 8.8 s");
        assertEquals("8.0 s – 8.8 s", wall.beforeSpread());
        assertEquals("2.0 s – 2.2 s", wall.afterSpread());
        assertTrue(render(new HtmlReportWriter(), report).contains("<span class='spread'>8.0 s – 8.8 s</span>"));
        assertTrue(render(new MarkdownReportWriter(), report).contains("| wall time | 8.4 s (8.0 s – 8.8 s) | 2.1 s (2.0 s – 2.2 s) |"));
        JsonNode spread = new ObjectMapper().readTree(render(new JsonReportWriter(), report)).get("before").get("spread");
        assertEquals(8000, spread.get("wallMillis").get("min").asLong());
        assertEquals(8800, spread.get("wallMillis").get("max").asLong());
        assertEquals("", ReportFixtures.report().summary().get(0).beforeSpread(), "one run: no spread");
    }

    @Test
    void markdownKeepsTablesIntact() throws Exception {
        String md = render(new MarkdownReportWriter());
        assertTrue(md.contains("| wall time | 8.0 s | 2.0 s | 4.0x faster |"), md);
        assertTrue(md.contains("| peak RSS | 1.9 GiB | 953.7 MiB | 2.0x smaller |"), md);
        assertTrue(md.contains("- **prediction: 1.84x (95% interval 1.84x-1.84x): "), md);
        assertTrue(md.contains("- **measured: 4.00x** (whole run, wall time); the prediction was -54% off"), md);
        assertTrue(md.contains("```sh\n./oxidizer demo\n```"), md);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(new JsonReportWriter()));
        assertEquals(JsonReportWriter.SCHEMA, json.get("schema").asText());
        assertEquals("<script>w</script>", json.get("workload").asText(), "JSON carries names verbatim");
        for (String side : List.of("before", "after")) {
            for (String field : List.of("wallMillis", "peakRssBytes", "cpuPercent", "checksum", "spread", "jvmOptions",
                    "commandLine", "peakRssBytesPerRun", "cpuPercentPerRun")) {
                assertTrue(json.get(side).has(field), side + "." + field);
            }
        }
        assertEquals(8000, json.get("before").get("wallMillis").asLong());
        assertEquals(100.0, json.get("before").get("cpuPercent").asDouble(), 1e-9);
        assertEquals("-Xmx1g", json.get("before").get("jvmOptions").get(0).asText());
        JsonNode swap = json.get("swaps").get(0);
        assertEquals("org.acme.Texts.extract", swap.get("method").asText());
        assertEquals("extract_and_aggregate", swap.get("kernel").asText());
        assertEquals(3, swap.get("verifiedCalls").asInt());
        assertEquals("exact: the same bits as Java", swap.get("tolerance").asText());
        assertEquals("(Ljava/util/List;)Ljava/util/List;", swap.get("descriptor").asText());
        assertEquals(4.0, swap.get("measuredSpeedup").asDouble(), 1e-9);
        // 8 s before; 6 s of Java, 300 ms of it kept to verify: 5.7 s at 3x saves 3.8 s; 200 ms of setup and comparison,
        // less the 50 ms the before run paid too for its timers: 8 / (8 - 3.8 + 0.15) = 1.84x
        assertEquals(8 / (8 - 3.8 + 0.15), swap.get("predictedSpeedup").asDouble(), 0.01);
        assertEquals(3.0, swap.get("kernelRatio").get("estimate").asDouble(), 1e-9);
        assertEquals(8 / (8 - 3.8 + 0.15) / 4 - 1, swap.get("predictionError").asDouble(), 0.01);
        assertTrue(swap.get("prediction").asText().startsWith("1.84x (95% interval 1.84x-1.84x): 6000 ms of Java in"
            + " Texts.extract (300 ms of it kept in Java to verify on) at 3.00x, 150 ms fixed cost"), swap.toString());
        JsonNode hot = json.get("hotspots").get("before").get(0);
        assertEquals("org.acme.Texts.extract", hot.get("frame").asText(), "ranked by application method");
        assertTrue(hot.get("selfPercent").asDouble() >= 80, "charged with the frames it called: " + hot);
        assertEquals(ReportFixtures.HOSTILE_FRAME, json.get("rawFrames").get("before").get(0).get("frame").asText());
        assertTrue(json.get("identicalResults").asBoolean());
        assertTrue(json.get("frameDeltas").size() > 0);
        assertEquals("-Xmx64m", json.get("environment").get("jvmArguments").get(0).asText());
        assertEquals("4.1", json.get("environment").get("versions").get("async-profiler").asText());
    }

    @Test
    void differentChecksumsAreReportedAsDifferentInRed() throws Exception {
        MigrationReport report = ReportFixtures.report("def456");
        assertFalse(report.comparison().identicalResults());
        SummaryRow results = report.summary().get(report.summary().size() - 1);
        assertEquals("DIFFERENT (checksum abc123 before, def456 after)", results.before());
        assertEquals(SummaryRow.Verdict.WORSE, results.verdict());
        assertTrue(render(new HtmlReportWriter(), report)
            .contains("<td colspan='3' class='worse'>DIFFERENT (checksum abc123 before, def456 after)</td>"));
    }

    @Test
    void aReportWithoutAnAfterRunStillRenders() throws Exception {
        MigrationReport full = ReportFixtures.report();
        var c = full.comparison();
        MigrationReport partial = new MigrationReport(new org.oxidizer.core.compare.Comparison(c.workload(), c.before(),
            List.of()), full.environment(), full.generatedAt(), full.command(), "the after run died");
        String html = render(new HtmlReportWriter(), partial);
        assertTrue(html.contains("This run cannot be trusted"));
        assertFalse(html.contains("id='flame'"), "no flame graph without an after profile");
        assertTrue(render(new MarkdownReportWriter(), partial).contains("no after run"));
        assertFalse(new ObjectMapper().readTree(render(new JsonReportWriter(), partial)).has("after"));
    }
}
