package org.oxidizer.gui.profile;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.task.Progress;
import org.oxidizer.gui.model.ProfileResult;
import org.oxidizer.gui.model.TargetChoice;

/** Profiles a target: launches it (to its end or a stop) or attaches to it (for a duration or until a stop). */
public interface ProfilingService {

    /**
     * @param runDir where the profile files go
     * @param live   sees each /proc sample of the target as it is taken, on a sampler thread
     */
    ProfileResult profile(TargetChoice target, ProfileSettings settings, Path runDir, Progress progress,
                          Consumer<ProcSample> live, StopSignal stop) throws Exception;
}
