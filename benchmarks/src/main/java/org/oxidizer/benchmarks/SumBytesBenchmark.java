package org.oxidizer.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.oxidizer.kernels.numeric.SumBytesKernel;
import org.oxidizer.kernels.numeric.SumBytesReference;

/**
 * {@code sum_bytes} against the Java method on the same little-endian payload of {@code n} doubles, in a
 * heap buffer (the kernel copies it in chunks) and a direct one (the kernel reads it where it lies).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SumBytesBenchmark {

    @Param({"1000", "1000000"})
    public int n;

    private ByteBuffer heap;
    private ByteBuffer direct;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(n);
        heap = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            heap.putDouble(random.nextDouble(-1e6, 1e6));
        }
        heap.flip();
        direct = ByteBuffer.allocateDirect(8 * n);
        direct.put(heap.duplicate()).flip();
    }

    @Benchmark
    public double javaHeap() {
        return SumBytesReference.sumBytes(heap);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double kernelHeap1Thread() {
        return SumBytesKernel.sumBytes(heap);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double kernelHeap2Threads() {
        return SumBytesKernel.sumBytes(heap);
    }

    @Benchmark
    public double javaDirect() {
        return SumBytesReference.sumBytes(direct);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double kernelDirect1Thread() {
        return SumBytesKernel.sumBytes(direct);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double kernelDirect2Threads() {
        return SumBytesKernel.sumBytes(direct);
    }
}
