package org.oxidizer.kernels.numeric;

import java.nio.DoubleBuffer;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** Catalog entry of the batch array transform {@code x * x + 2.0 * x}, over a {@code double[]} or a DoubleBuffer. */
public final class SquarePlusDouble implements Kernel {

    static final String ARRAY = "([D)[D";
    static final String BUFFER = "(Ljava/nio/DoubleBuffer;)V";

    @Override
    public String id() {
        return SquarePlusDoubleKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "x * x + 2.0 * x for every value, into a new double[] or in place in a DoubleBuffer";
    }

    @Override
    public List<MethodShape> shapes() {
        String reference = SquarePlusDoubleReference.class.getName();
        return List.of(
            new MethodShape(ARRAY, "double[] squarePlusDouble(double[] values)", List.of(),
                reference + "#squarePlusDouble"),
            new MethodShape(BUFFER, "void squarePlusDoubleInPlace(DoubleBuffer values)", List.of(),
                reference + "#squarePlusDoubleInPlace"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "two roundings, multiply then add, like Java: never a fused multiply-add; NaN, Infinity and"
                + " -0.0 follow IEEE 754 as in Java (-0.0 gives +0.0, -Infinity gives NaN)",
            "values are independent, so splitting a large batch over threads changes no bits",
            "double[]: copied into per-thread native memory and back in 512 KiB chunks; the two copies cost"
                + " more than the JIT's vectorized loop: measured 2-3x slower than Java",
            "direct DoubleBuffer: transformed where it lies, no copy (byte-swapped when its order is not the"
                + " platform's), from position to limit, the position unmoved: measured ~4x faster than Java's"
                + " get/put loop at 1M values, on par at 1k",
            "heap DoubleBuffer: copied through native memory in chunks; a read-only buffer with values left"
                + " throws ReadOnlyBufferException before anything changes, like the loop's first put",
            "the in-place shape returns void; its bound kernel and reference return the mutated buffer, so"
                + " a verifier must run them on copies and compare those");
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
        Runnable warmUp = () -> SquarePlusDoubleKernel.squarePlusDouble(new double[] {1.0, 2.0});
        if (descriptor.equals(ARRAY)) {
            return new BoundKernel(this, descriptor, Map.of(),
                args -> SquarePlusDoubleKernel.squarePlusDouble((double[]) args[0]),
                args -> SquarePlusDoubleReference.squarePlusDouble((double[]) args[0]), warmUp);
        }
        return new BoundKernel(this, descriptor, Map.of(),
            args -> {
                SquarePlusDoubleKernel.squarePlusDoubleInPlace((DoubleBuffer) args[0]);
                return args[0];
            },
            args -> {
                SquarePlusDoubleReference.squarePlusDoubleInPlace((DoubleBuffer) args[0]);
                return args[0];
            },
            warmUp);
    }
}
