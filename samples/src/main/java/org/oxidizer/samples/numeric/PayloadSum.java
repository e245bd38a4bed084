package org.oxidizer.samples.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/** The hot function of a Java port of a Python consumer: sums a payload that Python's {@code array('d').tobytes()} wrote. */
public final class PayloadSum {

    private PayloadSum() {
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
