package org.oxidizer.cli;

import java.util.concurrent.Callable;
import org.oxidizer.core.bench.ProfilerOverhead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What profiling costs the target: the headline sample without any agent vs profiled, alternating runs. */
@Command(name = "profiler", mixinStandardHelpOptions = true,
    description = "Profiler overhead on the headline sample: no agent vs agent profiling (cpu), median of repeated runs.")
final class ProfilerOverheadBench implements Callable<Integer> {

    @Option(names = "--texts", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int texts = 3_000_000;

    @Option(names = "--runs", description = "Runs per side (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--interval", description = "Profiler interval (default: async-profiler's, 10ms for cpu).")
    String interval;

    @Override
    public Integer call() throws Exception {
        ConsoleProgress progress = ConsoleProgress.onStderr();
        boolean ok;
        try {
            ok = ProfilerOverhead.run(texts, runs, interval, System.out, progress);
        } finally {
            progress.done();
        }
        return ok ? 0 : 1;
    }
}
