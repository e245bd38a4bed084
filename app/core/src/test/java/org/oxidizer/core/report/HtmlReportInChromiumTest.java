package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium: it renders, its charts and flame graph are in the DOM after
 * the scripts ran, nothing went to the console, and the flame graph's search and zoom work. Chromium comes
 * from Debian's {@code chromium} package, which {@code ./oxidizer} installs.
 */
class HtmlReportInChromiumTest {

    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find().orElseThrow(() -> new AssertionError(
            "no headless Chromium: apt-get install chromium (./oxidizer test installs it), or -D"
                + HeadlessChromium.BINARY_PROPERTY + "=PATH"));
    }

    @Test
    void consoleErrorsAreSeen() throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>throw new Error('on purpose')</script></body></html>");
        List<String> console = chromium.dumpDom(page).consoleLines();
        assertTrue(console.stream().anyMatch(l -> l.contains("Uncaught Error: on purpose")),
            "the check below would be blind otherwise: " + console);
    }

    @Test
    void theReportRendersWithChartsAndFlameGraphAndNoConsoleOutput() throws Exception {
        Path html = ReportExporter.allFormats().export(ReportFixtures.report(), dir).get(0);
        HeadlessChromium.Result result = chromium.dumpDom(html);
        assertEquals(0, result.exitCode());
        assertEquals(List.of(), result.consoleLines(), "no errors, warnings or failed loads");
        String dom = result.stdout();
        for (String chart : List.of("chart-wall", "chart-rss", "chart-cpu", "chart-cpu-series", "chart-rss-series",
                "chart-categories")) {
            assertTrue(dom.contains("id=\"" + chart + "\""), chart);
        }
        assertTrue(frameCount(dom) >= 8, "the script drew the flame graph's frames");
        assertTrue(dom.contains("class=\"fg-f fg-new\""), "the kernel's frame is new after the swap");
        assertFalse(dom.contains("<img"), "the hostile frame stayed text: " + dom.indexOf("<img"));
        assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    /** Types into the search box and clicks a frame from a script appended to a copy of the page, then reads the DOM. */
    @Test
    void searchShowsTheShareOfMatchesAndClickZooms() throws Exception {
        Path html = ReportExporter.allFormats().export(ReportFixtures.report(), dir).get(0);
        String page = Files.readString(html).replace("</body>", "<script>"
            + "var s=document.getElementById('fg-search');s.value='REGEX';s.dispatchEvent(new Event('input'));"
            + "document.body.setAttribute('data-matches',document.getElementById('fg-matches').textContent);"
            + "document.body.setAttribute('data-highlighted',document.querySelectorAll('#fg-svg .fg-match').length);"
            + "var all=document.getElementById('fg-svg').getAttribute('data-frames');"
            + "var frame=[].slice.call(document.querySelectorAll('#fg-svg g.fg-f')).filter(function(g){"
            + "return g.querySelector('title').textContent.indexOf('org.acme.Texts.extract ')===0;})[0];"
            + "frame.querySelector('rect').dispatchEvent(new MouseEvent('click',{bubbles:true}));"
            + "document.body.setAttribute('data-zoomed-width',frame.isConnected?'stale':"
            + "[].slice.call(document.querySelectorAll('#fg-svg g.fg-f')).filter(function(g){"
            + "return g.querySelector('title').textContent.indexOf('org.acme.Texts.extract ')===0;})[0]"
            + ".querySelector('rect').getAttribute('width'));"
            + "document.body.setAttribute('data-svg-width',document.getElementById('fg-svg').getAttribute('width'));"
            + "document.getElementById('fg-reset').click();"
            + "document.body.setAttribute('data-reset',document.getElementById('fg-svg').getAttribute('data-frames')===all);"
            + "</script></body>");
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, page);
        HeadlessChromium.Result result = chromium.dumpDom(probe);
        assertEquals(List.of(), result.consoleLines());
        String dom = result.stdout();
        assertTrue(dom.contains("data-matches=\"matches: 21.7% of samples before, 0.00% after\""),
            "regex: 20 of 92 samples before, none after: " + attribute(dom, "data-matches"));
        assertEquals("1", attribute(dom, "data-highlighted"));
        double svgWidth = Double.parseDouble(attribute(dom, "data-svg-width"));
        double zoomedWidth = Double.parseDouble(attribute(dom, "data-zoomed-width"));
        assertTrue(zoomedWidth > svgWidth - 2, "the clicked frame fills the width: " + zoomedWidth + " of " + svgWidth);
        assertEquals("true", attribute(dom, "data-reset"), "reset shows the whole tree again");
    }

    @Test
    void printsAPdfBesideTheHtml() throws Exception {
        Path html = ReportExporter.allFormats().export(ReportFixtures.report(), dir).get(0);
        Path pdf = PdfExport.write(html);
        assertEquals(dir.resolve("report.pdf"), pdf);
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(head));
        }
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static int frameCount(String dom) {
        Matcher m = Pattern.compile("data-frames=\"(\\d+)\"").matcher(dom);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "";
    }
}
