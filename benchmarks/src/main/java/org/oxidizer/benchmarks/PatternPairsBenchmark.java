package org.oxidizer.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.oxidizer.kernels.text.PatternPairsKernel;
import org.oxidizer.kernels.text.PatternPairsReference;
import org.oxidizer.samples.textagg.CorpusGenerator;

/**
 * Java's find()/merge loop against the general pattern kernel (encoding, native matching and map building
 * included) on the text-aggregation corpus, with patterns other than the default so the general path runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PatternPairsBenchmark {

    /** Lower-case words before blanks and a number: matches ~6 times per line, so per-match cost dominates. */
    public static final String DENSE = "([a-z_]+)[ \\t]+(\\d+)";

    /** Only pairs before a ';': a match every other line or so, so scanning cost dominates. */
    public static final String SPARSE = "(\\w+)\\s+(\\d+);";

    @Param({DENSE, SPARSE})
    String regex;

    @Param({"20000"})
    int lines;

    private List<String> corpus;
    private Pattern pattern;
    private PatternPairsKernel kernel;

    @Setup
    public void setUp() {
        corpus = new CorpusGenerator(42).next(lines);
        pattern = Pattern.compile(regex);
        kernel = PatternPairsKernel.forPattern(regex);
        if (!PatternPairsReference.extractAndAggregate(pattern, corpus).equals(kernel.extractAndAggregate(corpus))) {
            throw new IllegalStateException("kernel and Java disagree on the benchmark corpus");
        }
    }

    @Benchmark
    public List<Map<String, Integer>> javaReference() {
        return PatternPairsReference.extractAndAggregate(pattern, corpus);
    }

    @Benchmark
    @Fork(jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public List<Map<String, Integer>> kernelOneThread() {
        return kernel.extractAndAggregate(corpus);
    }

    @Benchmark
    @Fork(jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public List<Map<String, Integer>> kernelTwoThreads() {
        return kernel.extractAndAggregate(corpus);
    }
}
