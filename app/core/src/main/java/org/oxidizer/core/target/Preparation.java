package org.oxidizer.core.target;

import java.io.IOException;
import java.nio.file.Path;
import org.oxidizer.core.task.Progress;

/**
 * A workload's preparation (the headline makes its corpus on disk once), run before the target and never timed with
 * it: by the demo before its measured runs and by a profile of the sample before the profiled run, one way.
 */
public final class Preparation {

    private Preparation() {
    }

    /**
     * @return what it said, one line ("corpus: ... is intact", "corpus: made ... (why)"), or "" when it said nothing
     * @throws IOException with its one sentence when it failed (its {@code oxidizer.error=} line, or how it ended)
     */
    public static String run(TargetLauncher launcher, TargetSpec prepare, Path dir) throws IOException, InterruptedException {
        TargetRun run = launcher.run(prepare, null, dir, Progress.NONE);
        String said = run.outputTail().stream().filter(l -> l.startsWith("corpus: ")).reduce((a, b) -> b).orElse("");
        if (!run.succeeded()) {
            String error = run.outputTail().stream().filter(l -> l.startsWith("oxidizer.error="))
                .map(l -> l.substring("oxidizer.error=".length())).reduce((a, b) -> b)
                .orElse(run.lastWords().isEmpty() ? "it exited with code " + run.exitCode() : run.lastWords());
            throw new IOException(error);
        }
        return said;
    }
}
