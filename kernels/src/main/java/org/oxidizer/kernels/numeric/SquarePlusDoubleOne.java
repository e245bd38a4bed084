package org.oxidizer.kernels.numeric;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/**
 * Catalog entry of the anti-pattern, {@code x * x + 2.0 * x} for one value per native call: exact, much
 * slower than Java, and kept to show what the boundary costs when a swap is made per element.
 */
public final class SquarePlusDoubleOne implements Kernel {

    static final String SCALAR = "(D)D";

    @Override
    public String id() {
        return SquarePlusDoubleKernel.ONE_KERNEL_ID;
    }

    @Override
    public String summary() {
        return "x * x + 2.0 * x for one value, one native call each: the per-element anti-pattern";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(SCALAR, "double squarePlusDoubleOne(double x)", List.of(),
            SquarePlusDoubleReference.class.getName() + "#squarePlusDoubleOne"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "ANTI-PATTERN: ~40x slower than Java or worse: each value pays a JNA call (~80 ns quiet, 150-250 ns"
                + " measured under load) around a nanosecond of work, and the caller's loop can no longer be"
                + " vectorized; swap the method that loops over the array instead (square_plus_double)",
            "exact: two roundings, multiply then add, never fused; NaN, Infinity and -0.0 as in Java");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.CALLING_THREAD;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        return new BoundKernel(this, descriptor, Map.of(),
            args -> SquarePlusDoubleKernel.squarePlusDoubleOne((Double) args[0]),
            args -> SquarePlusDoubleReference.squarePlusDoubleOne((Double) args[0]),
            () -> SquarePlusDoubleKernel.squarePlusDoubleOne(3.0));
    }
}
