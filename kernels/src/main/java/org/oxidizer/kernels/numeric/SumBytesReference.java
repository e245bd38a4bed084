package org.oxidizer.kernels.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/** The Java method {@code sum_bytes} replaces, kept verbatim from the sample so tests compare against the real thing. */
public final class SumBytesReference {

    private SumBytesReference() {
    }

    /**
     * Sums the little-endian doubles between the buffer's position and limit, as Python's
     * {@code array('d').tobytes()} writes them on x86. Leaves the buffer little-endian.
     */
    public static double sumBytes(ByteBuffer bytes) {
        DoubleBuffer values = bytes.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double sum = 0.0;
        while (values.hasRemaining()) {
            sum += values.get();
        }
        return sum;
    }
}
