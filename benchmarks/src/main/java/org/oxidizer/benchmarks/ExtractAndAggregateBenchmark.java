package org.oxidizer.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oxidizer.kernels.text.ExtractAndAggregateKernel;
import org.oxidizer.kernels.text.ExtractAndAggregateReference;
import org.oxidizer.samples.textagg.CorpusGenerator;

/**
 * The headline method against its kernel on the same mixed Chinese/English log lines, end to end:
 * List&lt;String&gt; in, List&lt;Map&lt;String, Integer&gt;&gt; out, so the kernel pays for marshalling and decoding.
 * The native pool is sized once per JVM, hence one fork per thread count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractAndAggregateBenchmark {

    /** The headline daily batch, and a batch small enough that per-call costs show. */
    @Param({"200000", "1000"})
    int texts;

    private List<String> corpus;
    private org.oxidizer.kernels.text.PatternPairsKernel compiled;

    @Setup(Level.Trial)
    public void buildCorpus() {
        corpus = new CorpusGenerator(42).next(texts);
        compiled = org.oxidizer.kernels.text.PatternPairsKernel.forPattern(
            org.oxidizer.kernels.text.ExtractAndAggregate.DEFAULT_PATTERN);
        if (!compiled.compiled() || !compiled.extractAndAggregate(corpus).equals(javaReference())) {
            throw new IllegalStateException("the compiled matcher does not run the headline pattern, or disagrees");
        }
    }

    @Benchmark
    public List<Map<String, Integer>> javaReference() {
        return ExtractAndAggregateReference.extractAndAggregate(corpus);
    }

    @Benchmark
    @Fork(jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public List<Map<String, Integer>> kernel1Thread() {
        return ExtractAndAggregateKernel.extractAndAggregate(corpus);
    }

    @Benchmark
    @Fork(jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public List<Map<String, Integer>> kernel2Threads() {
        return ExtractAndAggregateKernel.extractAndAggregate(corpus);
    }

    /** The same pattern on the compiled one-pass matcher instead of the hand-written scanner. */
    @Benchmark
    @Fork(jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public List<Map<String, Integer>> compiled2Threads() {
        return compiled.extractAndAggregate(corpus);
    }
}
