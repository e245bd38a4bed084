package org.oxidizer.benchmarks;

import java.util.List;
import java.util.Map;
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
import org.oxidizer.kernels.json.JsonSerializeKernel;
import org.oxidizer.samples.json.AggregationResults;
import org.oxidizer.samples.json.JsonExport;

/**
 * The sample's JSON writer against the {@code json_serialize} kernel on the same maps, marshalling and the
 * final String included; the kernel at one and at two native threads (the pool is sized once per JVM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonSerializeBenchmark {

    /** Maps per call: the sample's response size, and a large export. */
    @Param({"5000", "100000"})
    public int maps;

    private List<Map<String, Integer>> results;

    @Setup
    public void setUp() {
        results = new AggregationResults(42).next(maps);
        if (!JsonExport.toJson(results).equals(JsonSerializeKernel.toJson(results))) {
            throw new IllegalStateException("kernel and Java disagree on the benchmark input");
        }
    }

    @Benchmark
    public String java() {
        return JsonExport.toJson(results);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public String kernel1Thread() {
        return JsonSerializeKernel.toJson(results);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public String kernel2Threads() {
        return JsonSerializeKernel.toJson(results);
    }
}
