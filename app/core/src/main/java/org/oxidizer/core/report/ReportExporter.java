package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every report format into a folder. Each file is written to a temporary name and renamed, so a
 * full disk or a crash never leaves a half-written report behind.
 */
public final class ReportExporter {

    private final List<ReportWriter> writers;

    public ReportExporter(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    public static ReportExporter allFormats() {
        return new ReportExporter(List.of(new HtmlReportWriter(), new MarkdownReportWriter(), new JsonReportWriter()));
    }

    /** @return the files written, in writer order */
    public List<Path> export(MigrationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            Path target = dir.resolve(writer.fileName());
            Path tmp = Files.createTempFile(dir, "." + writer.fileName() + "-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    writer.write(report, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }
}
