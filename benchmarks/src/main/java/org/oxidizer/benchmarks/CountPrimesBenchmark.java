package org.oxidizer.benchmarks;

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
import org.oxidizer.kernels.primes.CountPrimesKernel;
import org.oxidizer.kernels.primes.CountPrimesReference;

/** Primes below a limit: Java's trial division against the kernel's segmented sieve, one call each. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
public class CountPrimesBenchmark {

    /** 10^5 is where the call's fixed cost shows; 3 * 10^6 is the sample's largest query. */
    @Param({"100000", "3000000"})
    int limit;

    @Setup
    public void setUp() {
        KernelLibrary.library();
    }

    @Benchmark
    public long javaReference() {
        return CountPrimesReference.countPrimes(limit);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=1")
    public long kernel1Thread() {
        return CountPrimesKernel.countPrimes(limit);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Doxidizer.kernels.threads=2")
    public long kernel2Threads() {
        return CountPrimesKernel.countPrimes(limit);
    }
}
