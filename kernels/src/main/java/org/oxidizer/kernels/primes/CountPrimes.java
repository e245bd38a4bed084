package org.oxidizer.kernels.primes;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** Catalog entry of the CPU-bound kernel: count the primes below a limit, whatever loop the Java method uses. */
public final class CountPrimes implements Kernel {

    static final String DESCRIPTOR = "(I)J";

    @Override
    public String id() {
        return CountPrimesKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "number of primes p with 2 <= p < limit";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR, "long countPrimes(int limit)", List.of(),
            CountPrimesReference.class.getName() + "#countPrimes"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "counts primes strictly below limit; limit <= 2, negative limits included, gives 0",
            "any int limit up to Integer.MAX_VALUE (105097564 primes) in bounded memory: a segmented sieve"
                + " in 128 KiB segments, never a 2 GB array",
            "the answer is an integer, so it is exact; only the algorithm differs (sieve, not trial division)");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.NATIVE_POOL;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        return new BoundKernel(this, descriptor, Map.of(),
            args -> CountPrimesKernel.countPrimes((Integer) args[0]),
            args -> CountPrimesReference.countPrimes((Integer) args[0]),
            () -> CountPrimesKernel.countPrimes(1 << 20));
    }
}
