package org.oxidizer.core.report;

import java.io.IOException;
import java.io.Writer;

/** One report format; {@link ReportExporter} runs them all. */
public interface ReportWriter {

    /** The file this writer produces, e.g. {@code report.html}. */
    String fileName();

    void write(MigrationReport report, Writer out) throws IOException;
}
