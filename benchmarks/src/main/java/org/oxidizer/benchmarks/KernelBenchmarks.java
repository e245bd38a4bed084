package org.oxidizer.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every kernel against its Java reference under JMH, marshalling included, side by side in one run: the suite
 * {@code oxidizer bench kernels} runs (and {@code java -jar benchmarks/target/oxidizer-benchmarks.jar} with JMH's
 * own options). JMH prints its table as it goes.
 */
public final class KernelBenchmarks {

    private KernelBenchmarks() {
    }

    /**
     * @param include    a regex over benchmark names (e.g. {@code ExtractAndAggregate}); null or empty for all
     * @param forks      JVM forks per benchmark (0 runs in this JVM: quick, less trustworthy)
     * @param warmups    warm-up iterations
     * @param iterations measured iterations
     * @param millis     length of each iteration
     */
    public static Collection<RunResult> run(String include, int forks, int warmups, int iterations, long millis)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include(include == null || include.isEmpty() ? KernelBenchmarks.class.getPackageName() + "\\..*Benchmark"
                : include)
            .forks(forks)
            .warmupIterations(warmups)
            .measurementIterations(iterations)
            .warmupTime(TimeValue.milliseconds(millis))
            .measurementTime(TimeValue.milliseconds(millis))
            .shouldFailOnError(true);
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            if (e.getMessage() == null || e.getMessage().contains("No benchmarks")) {
                throw new IllegalArgumentException("no benchmark matches '" + include + "' (a regex over names such as"
                    + " ExtractAndAggregateBenchmark.javaReference or SobelBenchmark)", e);
            }
            throw e;
        }
    }
}
