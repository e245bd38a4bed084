package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.oxidizer.kernels.NativeMemory;

/** Hand-picked payloads: partial doubles, byte orders, zero signs and overflow. */
class SumBytesEdgeCasesTest {

    /** Asserts the expected sum for every payload kind, and that the reference agrees, so a wrong fixture fails too. */
    private static void assertSum(double expected, byte[] bytes) {
        for (Payload payload : Payload.values()) {
            assertSameBits(expected, SumBytesReference.sumBytes(payload.hold(bytes)), "reference " + payload);
            assertSameBits(expected, SumBytesKernel.sumBytes(payload.hold(bytes)), "kernel " + payload);
        }
    }

    @Test
    void aTrailingPartialDoubleIsIgnoredLikeAsDoubleBuffer() {
        byte[] twoAndAHalf = new byte[20];
        System.arraycopy(Payload.littleEndian(new double[] {1.5, 2.25}), 0, twoAndAHalf, 0, 16);
        twoAndAHalf[16] = 0x7f;
        assertSum(3.75, twoAndAHalf);
        assertSum(0.0, new byte[7]);
        assertSum(0.0, new byte[0]);
    }

    @Test
    void bytesAreLittleEndianWhateverTheBuffersOrder() {
        byte[] bytes = Payload.littleEndian(new double[] {1.0, 2.0});
        ByteBuffer bigEndian = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        assertEquals(3.0, SumBytesKernel.sumBytes(bigEndian));
        assertEquals(ByteOrder.LITTLE_ENDIAN, bigEndian.order(), "left little-endian, like the Java method");
        assertEquals(0, bigEndian.position());
    }

    @Test
    void positionAndLimitChooseTheBytesAndDoNotMove() {
        byte[] bytes = Payload.littleEndian(new double[] {100.0, 1.0, 2.0, 4.0});
        ByteBuffer direct = Payload.DIRECT.hold(bytes).position(8).limit(24);
        assertEquals(3.0, SumBytesKernel.sumBytes(direct));
        assertEquals(8, direct.position());
        assertEquals(24, direct.limit());
        ByteBuffer heap = Payload.HEAP.hold(bytes).position(8);
        assertEquals(7.0, SumBytesKernel.sumBytes(heap));
    }

    @Test
    void zerosNaNAndOverflowAsInJava() {
        assertSum(0.0, Payload.littleEndian(new double[] {-0.0, -0.0}));
        assertSum(Double.NaN, Payload.littleEndian(new double[] {1.0, Double.NaN}));
        assertSum(Double.POSITIVE_INFINITY,
            Payload.littleEndian(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}));
        assertSum(1.0, Payload.littleEndian(new double[] {1.0, 1e16, -1e16, 1.0}));
    }

    @Test
    void nullThrowsLikeJava() {
        assertThrows(NullPointerException.class, () -> SumBytesReference.sumBytes(null));
        assertThrows(NullPointerException.class, () -> SumBytesKernel.sumBytes(null));
    }

    @Test
    void noNativeMemoryLeaks() {
        byte[] bytes = Payload.littleEndian(AwkwardDoubles.random(64, 77));
        ByteBuffer direct = Payload.DIRECT.hold(bytes);
        ByteBuffer heap = Payload.HEAP.hold(bytes);
        NativeMemory.assertNoLeak("sum_bytes over a direct buffer", 100_000, () -> SumBytesKernel.sumBytes(direct));
        NativeLeaks.assertNoLeak("sum_bytes over a heap buffer", () -> SumBytesKernel.sumBytes(heap));
    }
}
