package org.oxidizer.gui.migrate;

import java.nio.file.Path;
import java.util.List;
import org.oxidizer.core.live.LiveSession;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.Progress;
import org.oxidizer.gui.model.MigrationOutcome;

/**
 * What the Migrate step can do with a target at launch: the kernel catalog, the swap plan a bundled sample
 * carries, and a swap-at-launch before/after run. Work on a running JVM goes through a {@link LiveSession}.
 */
public interface MigrationService {

    List<KernelInfo> kernels();

    /** The methods to swap for kernels in this target; empty when none is known. */
    List<MethodSwap> swapPlan(Target target);

    /**
     * Runs the target in pure Java, then with its swap plan applied at launch, both profiled, {@code repeats}
     * times each side. A run that cannot be trusted (a crash, a swap that served nothing, differing results)
     * comes back with its failure and whatever was measured; only a run with nothing measured throws.
     */
    MigrationOutcome runBeforeAfter(Target target, int repeats, Path outDir, Progress progress) throws Exception;
}
