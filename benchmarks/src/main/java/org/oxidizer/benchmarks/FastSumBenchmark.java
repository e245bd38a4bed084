package org.oxidizer.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.oxidizer.kernels.numeric.FastSumKernel;
import org.oxidizer.kernels.numeric.FastSumReference;

/**
 * {@code fast_sum} against the Java loop on the same values, over a {@code double[]} and a
 * {@code List<Double>}; the kernel runs on the calling thread, so its 2-thread forks only confirm that the
 * pool size does not matter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class FastSumBenchmark {

    @Param({"1000", "1000000"})
    public int n;

    private double[] array;
    private List<Double> list;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(n);
        array = new double[n];
        list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            array[i] = random.nextDouble(-1e6, 1e6);
            list.add(array[i]);
        }
        if (FastSumKernel.sum(array) != FastSumReference.sum(array)) {
            throw new IllegalStateException("kernel and Java disagree");
        }
    }

    @Benchmark
    public double javaArray() {
        return FastSumReference.sum(array);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double kernelArray1Thread() {
        return FastSumKernel.sum(array);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double kernelArray2Threads() {
        return FastSumKernel.sum(array);
    }

    @Benchmark
    public double javaList() {
        return FastSumReference.sumBoxed(list);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double kernelList1Thread() {
        return FastSumKernel.sumBoxed(list);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double kernelList2Threads() {
        return FastSumKernel.sumBoxed(list);
    }
}
