package org.oxidizer.cli;

import java.util.concurrent.Callable;
import org.oxidizer.core.bench.ParseBenchmark;
import org.oxidizer.core.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How fast profiles load: collapsed stacks in MB/s and a 1M-sample profile into a call tree, and our
 * JFR importer side by side with async-profiler's jfr-converter on the same recording.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Profile loading speed: collapsed MB/s, 1M samples / 50k frames to a call tree, JFR vs jfr-converter.")
final class ParseBench implements Callable<Integer> {

    @Mixin
    SyntheticProfileOptions synthetic = new SyntheticProfileOptions();

    @Option(names = "--rounds", description = "Timed rounds; medians reported (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
        ConsoleProgress progress = ConsoleProgress.onStderr();
        try {
            ParseBenchmark.run(synthetic.samples, synthetic.frames, rounds, System.out, progress);
        } finally {
            progress.done();
        }
        return 0;
    }
}
