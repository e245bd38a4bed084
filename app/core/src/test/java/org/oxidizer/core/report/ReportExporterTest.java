package org.oxidizer.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {

    @Test
    void exportWritesEveryFormatAndNoLeftovers(@TempDir Path dir) throws Exception {
        List<Path> files = ReportExporter.allFormats().export(ReportFixtures.report(), dir.resolve("out"));
        assertEquals(List.of("report.html", "report.md", "report.json"),
            files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(files.stream().map(Path::getFileName).sorted().toList(), listing(dir.resolve("out")),
            "temporary files are renamed or removed");
    }

    @Test
    void aWriterThatFailsHalfwayReplacesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report.html"), "the previous report");
        ReportWriter failing = new ReportWriter() {
            @Override
            public String fileName() {
                return "report.md";
            }

            @Override
            public void write(MigrationReport report, Writer out) throws IOException {
                out.write("# half a report");
                throw new IOException("No space left on device");
            }
        };
        ReportExporter exporter = new ReportExporter(List.of(new HtmlReportWriter(), failing));
        IOException e = assertThrows(IOException.class, () -> exporter.export(ReportFixtures.report(), dir));
        assertTrue(e.getMessage().startsWith("could not write report.md in " + dir.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"));
        assertEquals("the previous report", Files.readString(dir.resolve("report.html")), "the earlier HTML stays");
        assertEquals(List.of(Path.of("report.html")), listing(dir), "no half-written or temporary file");
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }
}
