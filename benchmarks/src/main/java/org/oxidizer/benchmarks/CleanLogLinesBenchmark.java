package org.oxidizer.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.oxidizer.kernels.logs.CleanLogLinesKernel;
import org.oxidizer.samples.logs.LogCleaning;
import org.oxidizer.samples.logs.LogGenerator;

/**
 * The sample's log-cleaning step against the {@code clean_log_lines} kernel on the same lines, marshalling
 * and row Strings included; the kernel at one and at two native threads (the pool is sized once per JVM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CleanLogLinesBenchmark {

    /** Lines per call: the sample's batch. */
    @Param({"20000"})
    public int lines;

    private List<String> raw;

    @Setup
    public void setUp() {
        raw = new LogGenerator(42).next(lines);
        if (!LogCleaning.cleanLogLines(raw).equals(CleanLogLinesKernel.cleanLogLines(raw))) {
            throw new IllegalStateException("kernel and Java disagree on the benchmark input");
        }
    }

    @Benchmark
    public List<String> java() {
        return LogCleaning.cleanLogLines(raw);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public List<String> kernel1Thread() {
        return CleanLogLinesKernel.cleanLogLines(raw);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public List<String> kernel2Threads() {
        return CleanLogLinesKernel.cleanLogLines(raw);
    }
}
