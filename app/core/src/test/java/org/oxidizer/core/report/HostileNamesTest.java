package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Names from a profile or a target are data: they must come out as text in every format, never as markup. */
class HostileNamesTest {

    private static final String DATA_OPEN = "<script type='application/json' id='fg-data'>";

    @Test
    void htmlShowsHostileNamesAsText() throws Exception {
        String html = ReportWritersTest.render(new HtmlReportWriter(), ReportFixtures.report());
        assertFalse(html.contains(ReportFixtures.HOSTILE_FRAME), "a frame name must never become markup");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "it shows as text in the hot methods table");
        assertTrue(html.contains("Say.&quot;hello&quot; &amp; &#39;bye&#39; &lt;!-- x"), "quotes and & escaped");
        assertFalse(html.contains("<script>w</script>"), "the workload name is escaped");
        assertFalse(html.contains("<!-- x"), "no comment can open");
        assertFalse(html.contains(ReportFixtures.HOSTILE_ARG), "program arguments are escaped too");
        assertTrue(html.contains("&#39;$(touch /tmp/pwned) &#39;\\&#39;&#39;&lt;b&gt;x&lt;/b&gt;&#39;\\&#39;&#39;&#39;"),
            "the command line is shell-quoted, then HTML-escaped");
    }

    @Test
    void onlyTheReportsOwnScriptsRunAndTheFlameDataStaysInsideItsElement() throws Exception {
        String html = ReportWritersTest.render(new HtmlReportWriter(), ReportFixtures.report());
        Matcher opens = Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(html);
        int scripts = 0;
        while (opens.find()) {
            scripts++;
        }
        assertEquals(2, scripts, "the flame graph's data and its code, nothing else");
        int start = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
        int end = html.toLowerCase().indexOf("</script", start);
        String data = html.substring(start, end);
        assertFalse(data.contains("\u2028") || data.contains("\u2029"), "line separators escaped");
        assertFalse(data.contains("<"), "no tag can start inside the data");
        JsonNode tree = new ObjectMapper().readTree(data);
        Set<String> frames = new HashSet<>();
        collect(tree, frames);
        for (String frame : ReportFixtures.HOSTILE_FRAMES) {
            assertTrue(frames.contains(frame), "the whole data reached the script, verbatim: " + frame);
        }
    }

    @Test
    void everyChartIsWellFormedSvgWithItsTextEscaped() throws Exception {
        String html = ReportWritersTest.render(new HtmlReportWriter(), ReportFixtures.report());
        Matcher svg = Pattern.compile("<svg id='chart-[^']+'.*?</svg>", Pattern.DOTALL).matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(6, charts);
    }

    @Test
    void markdownKeepsHostileNamesInCodeSpans() throws Exception {
        String md = ReportWritersTest.render(new MarkdownReportWriter(), ReportFixtures.report());
        assertTrue(md.contains("`" + ReportFixtures.HOSTILE_FRAME + "`"), "inside a code span markup is inert");
        assertTrue(md.contains("`pipe\\|tick'[link](javascript:alert(3))`"), "a pipe cannot split a cell, a backtick cannot"
            + " close the span");
        assertTrue(md.startsWith("# Migration report: &lt;script&gt;w&lt;/script&gt;\n"));
        long header = -1;
        for (String line : md.split("\n")) {
            long cells = line.replace("\\|", "").chars().filter(ch -> ch == '|').count();
            if (!line.startsWith("|")) {
                header = -1;
            } else if (header < 0) {
                header = cells;
            } else {
                assertEquals(header, cells, "every row of a table has the header's cells: " + line);
            }
        }
    }

    @Test
    void jsonCarriesHostileNamesVerbatim() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWritersTest.render(new JsonReportWriter(), ReportFixtures.report()));
        Set<String> frames = new HashSet<>();
        json.get("hotspots").get("before").forEach(h -> frames.add(h.get("frame").asText()));
        json.get("rawFrames").get("before").forEach(h -> frames.add(h.get("frame").asText()));
        json.get("frameDeltas").forEach(h -> frames.add(h.get("frame").asText()));
        assertTrue(frames.containsAll(ReportFixtures.HOSTILE_FRAMES), frames.toString());
        assertTrue(json.get("before").get("commandLine").toString().contains("$(touch /tmp/pwned)"));
    }

    private static void collect(JsonNode node, Set<String> frames) {
        frames.add(node.get(0).asText());
        node.get(3).forEach(child -> collect(child, frames));
    }
}
