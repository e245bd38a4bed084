package org.oxidizer.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code report.pdf} beside {@code report.html}: the page printed by headless Chromium, after its scripts ran. */
public final class PdfExport {

    public static final String FILE_NAME = "report.pdf";

    private PdfExport() {
    }

    /**
     * Prints to a temporary file and renames it, like the other formats.
     *
     * @throws IOException when Chromium is missing or printed nothing, in one sentence
     */
    public static Path write(Path html) throws IOException, InterruptedException {
        HeadlessChromium chromium = HeadlessChromium.find().orElseThrow(() -> new IOException(
            "no Chromium to print the PDF with: install Debian's chromium package (./oxidizer does) or set -D"
                + HeadlessChromium.BINARY_PROPERTY + "=PATH"));
        Path dir = html.toAbsolutePath().getParent();
        Path tmp = ReportExporter.temporaryFile(dir, FILE_NAME);
        try {
            HeadlessChromium.Result result = chromium.printToPdf(html, tmp);
            if (result.exitCode() != 0 || Files.size(tmp) == 0) {
                throw new IOException("Chromium could not print " + html + " (exit code " + result.exitCode() + ")");
            }
            Path pdf = dir.resolve(FILE_NAME);
            Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return pdf;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
