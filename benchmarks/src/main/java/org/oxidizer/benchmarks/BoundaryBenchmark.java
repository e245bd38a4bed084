package org.oxidizer.benchmarks;

import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.numeric.SquarePlusDoubleKernel;
import org.oxidizer.kernels.numeric.SquarePlusDoubleReference;

/**
 * The boundary table: nanoseconds per element of {@code x * x + 2.0 * x} done (a) by the JIT, (b) with one
 * native call per element, (c) as one batch call that copies a {@code double[]} in and out, (d) as one batch
 * call over a direct DoubleBuffer with no copy, for 1,000 and 1,000,000 elements, on one native thread
 * unless the method name says otherwise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
public class BoundaryBenchmark {

    private static final int SMALL = 1_000;
    private static final int LARGE = 1_000_000;

    private double[] small;
    private double[] large;
    private DoubleBuffer smallBuffer;
    private DoubleBuffer largeBuffer;

    @Setup
    public void setUp() {
        small = values(SMALL, 1);
        large = values(LARGE, 2);
        smallBuffer = direct(small);
        largeBuffer = direct(large);
        SquarePlusDoubleKernel.squarePlusDoubleOne(1.0);
    }

    /** Values in (-2, 0), where the map stays in [-1, 0): repeated in-place runs never reach Infinity or subnormals. */
    private static double[] values(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = -2.0 + random.nextDouble(1e-9, 2.0);
        }
        return values;
    }

    private static DoubleBuffer direct(double[] values) {
        DoubleBuffer buffer = ByteBuffer.allocateDirect(8 * values.length).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        buffer.put(values).clear();
        return buffer;
    }

    private static double[] onePerElement(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = SquarePlusDoubleKernel.squarePlusDoubleOne(values[i]);
        }
        return out;
    }

    /** What a first attempt passes: the array itself, which JNA copies in, and back out after the call. */
    private static double[] jnaArrayArgument(double[] values) {
        double[] out = values.clone();
        JnaArray.square_plus_double(out, out.length, 0);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] a_javaLoop_1k() {
        return SquarePlusDoubleReference.squarePlusDouble(small);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double[] a_javaLoop_1m() {
        return SquarePlusDoubleReference.squarePlusDouble(large);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public DoubleBuffer a_javaLoopDirectBuffer_1k() {
        SquarePlusDoubleReference.squarePlusDoubleInPlace(smallBuffer);
        return smallBuffer;
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public DoubleBuffer a_javaLoopDirectBuffer_1m() {
        SquarePlusDoubleReference.squarePlusDoubleInPlace(largeBuffer);
        return largeBuffer;
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] b_oneCallPerElement_1k() {
        return onePerElement(small);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double[] b_oneCallPerElement_1m() {
        return onePerElement(large);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] c_batchArrayCopy_1k() {
        return SquarePlusDoubleKernel.squarePlusDouble(small);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double[] c_batchArrayCopy_1m() {
        return SquarePlusDoubleKernel.squarePlusDouble(large);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] c_jnaArrayArgument_1k() {
        return jnaArrayArgument(small);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double[] c_jnaArrayArgument_1m() {
        return jnaArrayArgument(large);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public DoubleBuffer d_batchDirectBuffer_1k() {
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(smallBuffer);
        return smallBuffer;
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public DoubleBuffer d_batchDirectBuffer_1m() {
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(largeBuffer);
        return largeBuffer;
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public DoubleBuffer d_batchDirectBuffer_1m_2threads() {
        SquarePlusDoubleKernel.squarePlusDoubleInPlace(largeBuffer);
        return largeBuffer;
    }

    /** The batch kernel bound with a {@code double[]} parameter, JNA's default array marshalling. */
    static final class JnaArray {
        static {
            Native.register(JnaArray.class, KernelLibrary.library());
        }

        static native long square_plus_double(double[] data, long count, int swapped);
    }
}
