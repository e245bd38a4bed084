package org.oxidizer.kernels.numeric;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/** Catalog entry of the sum of a byte-encoded double array, the Python {@code array('d').tobytes()} case. */
public final class SumBytes implements Kernel {

    static final String BYTES = "(Ljava/nio/ByteBuffer;)D";

    @Override
    public String id() {
        return SumBytesKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "sum of the little-endian doubles in a ByteBuffer, left to right from 0.0";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(BYTES, "double sumBytes(ByteBuffer bytes)", List.of(),
            SumBytesReference.class.getName() + "#sumBytes"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "byte order is always little-endian (what tobytes() writes on x86), whatever the buffer's order:"
                + " like the Java method it calls order(LITTLE_ENDIAN), so it leaves the caller's buffer"
                + " little-endian; position, limit and mark do not move",
            "reads from position to limit; a trailing partial double (remaining % 8 bytes) is ignored, as"
                + " asDoubleBuffer() ignores it",
            "one running sum in Java's order, so the bits match, NaN, Infinity, overflow and -0.0 included"
                + " (a sum of -0.0 is +0.0); no threaded split, which would change them",
            "direct buffers (allocateDirect, mapped files) are read where they lie, no copy, at about Java's"
                + " speed (both are bound by add latency); heap buffers, read-only ones too, are copied through"
                + " native memory in 512 KiB chunks, which makes them 1.1-1.5x slower than Java");
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
            args -> SumBytesKernel.sumBytes((ByteBuffer) args[0]),
            args -> SumBytesReference.sumBytes((ByteBuffer) args[0]),
            () -> SumBytesKernel.sumBytes(ByteBuffer.allocateDirect(16)));
    }
}
