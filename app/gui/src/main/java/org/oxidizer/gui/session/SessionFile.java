package org.oxidizer.gui.session;

import java.nio.file.Path;
import java.util.List;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.core.target.Target;

/**
 * A session as {@code session.json} holds it: the target, where its profile lies (re-read on open), the
 * before/after outcome and the exported files.
 */
public record SessionFile(String savedAt, Target target, SavedProfile profile, MigrationOutcome migration,
                          List<Path> exported) {

    /** The profile by reference to its file, with how it was taken. */
    public record SavedProfile(Path file, String event, List<ProcSample> series, String note, List<Path> files) {
    }
}
