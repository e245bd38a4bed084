package org.oxidizer.core.target;

import java.nio.file.Path;
import java.util.List;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.Profile;

/**
 * A profile the workbench holds, with how it was taken.
 *
 * @param event  the profiler event that ran (cpu, itimer, wall, ...), or "file" for a dropped file
 * @param series the target's /proc samples while it was profiled; empty for a file
 * @param files  where the profile lies on disk (collapsed, JFR), for the session and for other tools
 * @param note   one line about how the run ended, e.g. "exited with code 0 after 4.2 s"
 */
public record ProfileResult(Profile profile, String event, List<ProcSample> series, List<Path> files, String note) {

    public ProfileResult {
        series = List.copyOf(series);
        files = List.copyOf(files);
        note = note == null ? "" : note;
    }
}
