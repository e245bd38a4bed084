package org.oxidizer.benchmarks;

import java.util.ArrayList;
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
 * Calls rotate over 80,000 maps like the sample's snapshot, so the maps are not all in cache.
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

    /** Maps the calls rotate over, as in the sample. */
    private static final int SNAPSHOT_MAPS = 80_000;

    private final List<List<Map<String, Integer>>> batches = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        AggregationResults generator = new AggregationResults(42);
        for (int i = 0; i < Math.max(1, SNAPSHOT_MAPS / maps); i++) {
            List<Map<String, Integer>> batch = generator.next(maps);
            if (!JsonExport.toJson(batch).equals(JsonSerializeKernel.toJson(batch))) {
                throw new IllegalStateException("kernel and Java disagree on the benchmark input");
            }
            batches.add(batch);
        }
    }

    private List<Map<String, Integer>> nextBatch() {
        next = next + 1 == batches.size() ? 0 : next + 1;
        return batches.get(next);
    }

    @Benchmark
    public String java() {
        return JsonExport.toJson(nextBatch());
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public String kernel1Thread() {
        return JsonSerializeKernel.toJson(nextBatch());
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public String kernel2Threads() {
        return JsonSerializeKernel.toJson(nextBatch());
    }
}
