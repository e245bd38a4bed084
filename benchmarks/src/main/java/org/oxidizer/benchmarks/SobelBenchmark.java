package org.oxidizer.benchmarks;

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
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.image.SobelMagnitudeKernel;
import org.oxidizer.kernels.image.SobelMagnitudeReference;

/** Sobel magnitude of one square image: the Java loop against the kernel, both arrays' copies included. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
public class SobelBenchmark {

    /** 2048 is the sample's frame; 256 shows the fixed cost of a call on a small image. */
    @Param({"256", "2048"})
    int size;

    private double[] pixels;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        pixels = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean disk = (x - size / 3) * (x - size / 3) + (y - size / 2) * (y - size / 2) < size * size / 16;
                pixels[y * size + x] = (disk ? 200.0 : 96.0 * (x + y) / (2 * size)) + 8.0 * random.nextDouble();
            }
        }
        KernelLibrary.library();
    }

    @Benchmark
    public double[] javaReference() {
        return SobelMagnitudeReference.sobelMagnitude(pixels, size, size);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public double[] kernel1Thread() {
        return SobelMagnitudeKernel.sobelMagnitude(pixels, size, size);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public double[] kernel2Threads() {
        return SobelMagnitudeKernel.sobelMagnitude(pixels, size, size);
    }
}
