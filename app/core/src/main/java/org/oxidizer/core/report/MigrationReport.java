package org.oxidizer.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.profile.ProfileDiff;
import org.oxidizer.kernels.catalog.KernelCatalog;

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

    /** How many frames the "moved most" table lists. */
    public static final int MOVER_LIMIT = 12;

    public static final String CPU_PERCENT_NOTE = "CPU utilization is process CPU time / wall time x 100: 100% means one"
        + " core busy; the ceiling is 100% x cores.";

    public boolean hasAfter() {
        return !comparison.after().isEmpty();
    }

    public List<SummaryRow> summary() {
        return SummaryRow.of(this);
    }

    /** Each swapped method: kernel, matching, verification, predicted and measured gain. */
    public List<SwapSummary> swaps() {
        return SwapSummary.of(comparison, KernelCatalog.bundled());
    }

    /** How each side's target was started (first run of each side). */
    public List<RunCommand> runCommands() {
        List<RunCommand> commands = new ArrayList<>();
        commands.add(RunCommand.of("before", comparison.before().get(0)));
        if (hasAfter()) {
            commands.add(RunCommand.of("after", comparison.after().get(0)));
        }
        return commands;
    }

    /** Frames whose total share changed most between the first runs of each side. */
    public List<ProfileDiff.FrameDelta> movers() {
        if (!hasAfter()) {
            return List.of();
        }
        List<ProfileDiff.FrameDelta> all = ProfileDiff.frames(comparison.before().get(0).profile(),
            comparison.after().get(0).profile());
        return all.subList(0, Math.min(MOVER_LIMIT, all.size()));
    }
}
