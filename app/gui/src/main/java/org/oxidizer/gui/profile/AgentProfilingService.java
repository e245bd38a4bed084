package org.oxidizer.gui.profile;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Profiling;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.Progress;
import org.oxidizer.core.task.StopSignal;

/** Profiles through the core's one profiling routine, as {@code oxidizer profile} does. */
public final class AgentProfilingService implements ProfilingService {

    @Override
    public ProfileResult profile(Target target, ProfileSettings settings, Path runDir, Progress progress,
                                 Consumer<ProcSample> live, StopSignal stop) throws Exception {
        return Profiling.withBundledAgent().profile(target, settings, runDir, progress, live, stop);
    }
}
