package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    private static String render(ReportWriter writer) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(ReportFixtures.report(), out);
        return out.toString();
    }

    @Test
    void htmlShowsHostileNamesAsText() throws Exception {
        String html = render(new HtmlReportWriter());
        assertFalse(html.contains(ReportFixtures.HOSTILE_FRAME), "a frame name must never become markup");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains("<script>"), "no scripts, and the workload name is escaped");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http"), "no external resources");
        assertTrue(html.contains("4.0x faster"), "wall time 8 s -> 2 s");
        assertTrue(html.contains("<h2>Diagnosis</h2><p>Before: 100% other</p>"), "the category diagnosis is shown");
        assertTrue(html.contains("Where the samples went"), "with its chart");
    }

    @Test
    void markdownKeepsTablesIntact() throws Exception {
        String md = render(new MarkdownReportWriter());
        assertTrue(md.contains("| wall time | 8.0 s | 2.0 s | 4.0x faster |"), md);
        assertTrue(md.contains("| peak RSS | 1.9 GiB | 953.7 MiB | 2.0x smaller |"), md);
        assertFalse(md.contains("<script>"));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(new JsonReportWriter()));
        assertEquals(JsonReportWriter.SCHEMA, json.get("schema").asText());
        assertEquals("<script>w</script>", json.get("workload").asText(), "JSON carries names verbatim");
        for (String side : List.of("before", "after")) {
            for (String field : List.of("wallMillis", "peakRssBytes", "cpuPercent", "checksum")) {
                assertTrue(json.get(side).has(field), side + "." + field);
            }
        }
        assertEquals(8000, json.get("before").get("wallMillis").asLong());
        assertEquals(100.0, json.get("before").get("cpuPercent").asDouble(), 1e-9);
        assertEquals("org.acme.Texts.extract", json.get("swaps").get(0).get("method").asText());
        assertEquals("extract_and_aggregate", json.get("swaps").get(0).get("kernel").asText());
        JsonNode hot = json.get("hotspots").get("before").get(0);
        assertEquals(ReportFixtures.HOSTILE_FRAME, hot.get("frame").asText());
        assertEquals(90.0, hot.get("selfPercent").asDouble(), 1e-9);
        assertTrue(json.get("identicalResults").asBoolean());
        assertEquals("100% other", json.get("before").get("diagnosis").asText());
        assertEquals(100.0, json.get("after").get("categoryPercent").get("other").asDouble(), 1e-9);
    }

    @Test
    void differentChecksumsAreReportedAsDifferentInRed() throws Exception {
        MigrationReport report = ReportFixtures.report("def456");
        assertFalse(report.comparison().identicalResults());
        SummaryRow results = report.summary().get(report.summary().size() - 1);
        assertEquals("DIFFERENT (checksum abc123 before, def456 after)", results.before());
        assertEquals(SummaryRow.Verdict.WORSE, results.verdict());
        StringWriter html = new StringWriter();
        new HtmlReportWriter().write(report, html);
        assertTrue(html.toString().contains("<td colspan='3' class='worse'>DIFFERENT (checksum abc123 before, def456 after)</td>"));
    }

    @Test
    void exportWritesEveryFormatAndNoLeftovers(@TempDir Path dir) throws Exception {
        List<Path> files = ReportExporter.allFormats().export(ReportFixtures.report(), dir.resolve("out"));
        assertEquals(List.of("report.html", "report.md", "report.json"),
            files.stream().map(p -> p.getFileName().toString()).toList());
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertEquals(3, left.count(), "temporary files are renamed or removed");
        }
    }
}
