package org.oxidizer.cli;

import java.util.concurrent.Callable;
import org.oxidizer.benchmarks.KernelBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Every kernel against its Java reference under JMH, side by side, marshalling included. */
@Command(name = "kernels", mixinStandardHelpOptions = true,
    description = {"Every kernel against its Java reference under JMH (one JVM fork each by default), marshalling included.",
        "Name benchmarks with a regex, e.g. 'oxidizer bench kernels ExtractAndAggregate'. Figures go in docs/BENCHMARKS.md."})
final class KernelsBench implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "REGEX", description = "Benchmarks to run (default: all).")
    String include;

    @Option(names = "--forks", description = "JVM forks per benchmark; 0 runs them in this JVM (default: ${DEFAULT-VALUE}).")
    int forks = 1;

    @Option(names = "--warmups", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmups = 3;

    @Option(names = "--iterations", description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--millis", description = "Length of each iteration in ms (default: ${DEFAULT-VALUE}).")
    long millis = 1000;

    @Override
    public Integer call() throws Exception {
        return KernelBenchmarks.run(include, forks, warmups, iterations, millis).isEmpty() ? 1 : 0;
    }
}
