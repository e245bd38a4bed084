package org.oxidizer.cli;

import java.util.concurrent.Callable;
import org.oxidizer.core.bench.HeadlineBenchmark;
import org.oxidizer.samples.textagg.TextAggregation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headline method against its kernel, side by side in this one JVM on the same corpus: warm-up,
 * then alternating timed rounds, medians and their ratio. A benchmark, never a test: machines are noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time TextAggregation.extractAndAggregate (Java) against the extract_and_aggregate kernel in one JVM.",
        "Subcommands: every kernel under JMH, the profiler's overhead, how fast profiles load, the flame graph."},
    subcommands = {KernelsBench.class, ProfilerOverheadBench.class, ParseBench.class, FlameBench.class})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--texts", description = "Corpus size in log lines (default: ${DEFAULT-VALUE}).")
    int texts = 200_000;

    @Option(names = "--rounds", description = "Timed rounds per side; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--warmup", description = "Untimed rounds per side first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--forks", description = "Fresh JVMs, one after the other; all their rounds are paired into the"
        + " ratio's interval (default: ${DEFAULT-VALUE}).")
    int forks = 3;

    @Option(names = "--heap", description = "Each fork's fixed, pre-touched heap, -Xms = -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = HeadlineBenchmark.DEFAULT_HEAP;

    @Override
    public Integer call() throws Exception {
        ConsoleProgress progress = ConsoleProgress.onStderr();
        boolean timed;
        try {
            timed = HeadlineBenchmark.run(texts, seed, warmup, rounds, forks, heap, System.out, progress);
        } finally {
            progress.done();
        }
        return timed ? 0 : 1;
    }
}
