package org.oxidizer.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
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
import org.oxidizer.kernels.numeric.SquarePlusDoubleKernel;
import org.oxidizer.kernels.numeric.SquarePlusDoubleReference;

/**
 * {@code square_plus_double} against the Java loops on the same values: a {@code double[]} into a new
 * array (the kernel copies in and out), and a direct DoubleBuffer in place (the kernel copies nothing).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SquarePlusDoubleBenchmark {

    @Param({"1000", "1000000"})
    public int n;

    private double[] array;
    private DoubleBuffer buffer;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(n);
        array = new double[n];
        for (int i = 0; i < n; i++) {
            // In (-2, 0) the map stays in [-1, 0), so repeated in-place runs never reach Infinity or subnormals.
            array[i] = -2.0 + random.nextDouble(1e-9, 2.0);
        }
        buffer = ByteBuffer.allocateDirect(8 * n).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        buffer.put(array).clear();
    }

    @Benchmark
    public double[] javaArray() {
        return SquarePlusDoubleReference.squarePlusDouble(array);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double[] kernelArray1Thread() {
        return SquarePlusDoubleKernel.squarePlusDouble(array);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double[] kernelArray2Threads() {
        return SquarePlusDoubleKernel.squarePlusDouble(array);
    }

    @Benchmark
    public DoubleBuffer javaDirectBuffer() {
        SquarePlusDoubleReference.squarePlusDoubleInPlace(buffer);
        return buffer;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public DoubleBuffer kernelDirectBuffer1Thread() {
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(buffer);
        return buffer;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public DoubleBuffer kernelDirectBuffer2Threads() {
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(buffer);
        return buffer;
    }
}
