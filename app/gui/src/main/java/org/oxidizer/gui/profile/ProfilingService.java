package org.oxidizer.gui.profile;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/** Profiles a target: launches it (to its end or a stop) or attaches to it (for a duration or until a stop). */
public interface ProfilingService {

    /**
     * @param runDir where the profile files go
     * @param live   sees each /proc sample of the target as it is taken, on a sampler thread
     */
    ProfileResult profile(Target target, ProfileSettings settings, Path runDir, Progress progress,
                          Consumer<ProcSample> live, StopSignal stop) throws Exception;
}
