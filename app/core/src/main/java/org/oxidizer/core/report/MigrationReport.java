package org.oxidizer.core.report;

import java.time.Instant;
import java.util.List;
import org.oxidizer.core.migrate.Comparison;

/**
 * The document a user sends to their team after a migration.
 *
 * @param command the command that reproduces it
 * @param failure null for a sound run; otherwise the one sentence saying why it cannot be trusted
 */
public record MigrationReport(Comparison comparison, Environment environment, Instant generatedAt, String command,
                              String failure) {

    /** How many hot methods each side lists. */
    public static final int HOTSPOT_LIMIT = 15;

    public static final String CPU_PERCENT_NOTE = "CPU utilization is process CPU time / wall time x 100: 100% means one"
        + " core busy; the ceiling is 100% x cores.";

    public boolean hasAfter() {
        return !comparison.after().isEmpty();
    }

    public List<SummaryRow> summary() {
        return SummaryRow.of(this);
    }
}
