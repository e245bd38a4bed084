package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every report format into a folder. Every file is first written under a temporary name, and only
 * when all of them are complete are they renamed into place: a full disk, a failing writer or a crash never
 * leaves a half-written report, nor a new HTML beside an old Markdown.
 */
public final class ReportExporter {

    private final List<ReportWriter> writers;

    public ReportExporter(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    public static ReportExporter allFormats() {
        return new ReportExporter(List.of(new HtmlReportWriter(), new MarkdownReportWriter(), new JsonReportWriter()));
    }

    /**
     * @return the files written, in writer order
     * @throws IOException naming the file that could not be written; then no report file was replaced
     */
    public List<Path> export(MigrationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> temporary = new ArrayList<>();
        try {
            for (ReportWriter writer : writers) {
                Path tmp = temporaryFile(dir, writer.fileName());
                temporary.add(tmp);
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    writer.write(report, out);
                } catch (IOException | RuntimeException e) {
                    throw new IOException("could not write " + writer.fileName() + " in " + dir.toAbsolutePath() + ": " + e
                        + "; no report file was replaced", e);
                }
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < writers.size(); i++) {
                Path target = dir.resolve(writers.get(i).fileName());
                Files.move(temporary.get(i), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return written;
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A hidden temporary file beside the target, readable by others like any report (createTempFile makes it 0600).
     * Not {@code Files.getFileStore}: it looks the file up in /proc/mounts and fails ("Mount point not found") in a
     * chroot or a container whose mount table names other paths; the file system's own views answer the question.
     */
    static Path temporaryFile(Path dir, String fileName) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + fileName + "-", ".tmp");
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return tmp;
    }
}
