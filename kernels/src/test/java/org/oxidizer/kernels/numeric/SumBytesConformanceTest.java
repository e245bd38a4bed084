package org.oxidizer.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxidizer.kernels.numeric.AwkwardDoubles.assertSameBits;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@code sum_bytes} must return the Java method's bits and leave the buffer as the Java method does. */
class SumBytesConformanceTest {

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().list().ofMaxSize(4_000).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }

    @Provide
    Arbitrary<double[]> anyValues() {
        return AwkwardDoubles.arrays(AwkwardDoubles.any(), 1_000);
    }

    @Property(tries = 300)
    void anyBytesBetweenPositionAndLimitSumLikeJava(@ForAll("anyBytes") byte[] bytes, @ForAll Payload payload,
            @ForAll @IntRange(max = 9) int head, @ForAll @IntRange(max = 9) int tail, @ForAll boolean littleEndian) {
        int position = Math.min(head, bytes.length);
        int limit = Math.max(position, bytes.length - tail);
        ByteOrder order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer java = payload.hold(bytes).limit(limit).position(position).order(order);
        ByteBuffer kernel = payload.hold(bytes).limit(limit).position(position).order(order);
        assertSameBits(SumBytesReference.sumBytes(java), SumBytesKernel.sumBytes(kernel), payload.name());
        assertEquals(ByteOrder.LITTLE_ENDIAN, java.order(), "the Java method leaves the buffer little-endian");
        assertEquals(java.order(), kernel.order(), "order");
        assertEquals(position, kernel.position(), "position");
        assertEquals(limit, kernel.limit(), "limit");
        assertEquals(ByteBuffer.wrap(bytes), kernel.duplicate().clear(), "contents");
    }

    @Property(tries = 200)
    void encodedDoublesSumLikeTheDoubleLoop(@ForAll("anyValues") double[] values, @ForAll Payload payload) {
        double expected = FastSumReference.sum(values);
        byte[] bytes = Payload.littleEndian(values);
        assertSameBits(expected, SumBytesReference.sumBytes(payload.hold(bytes)), "reference");
        assertSameBits(expected, SumBytesKernel.sumBytes(payload.hold(bytes)), payload.name());
    }

    @Test
    void lengthsAroundTheChunkSizeCarryTheSumOver() {
        int chunk = Scratch.BYTES;
        for (int length : new int[] {chunk - 1, chunk, chunk + 7, chunk + 8, 2 * chunk + 13, 12_000_005}) {
            double[] values = AwkwardDoubles.random(length / 8 + 1, length);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i]) || Math.abs(values[i]) > 1e20) {
                    values[i] = -i;
                }
            }
            byte[] bytes = new byte[length];
            System.arraycopy(Payload.littleEndian(values), 0, bytes, 0, length);
            double expected = SumBytesReference.sumBytes(ByteBuffer.wrap(bytes));
            assertTrue(Double.isFinite(expected));
            for (Payload payload : new Payload[] {Payload.HEAP, Payload.DIRECT}) {
                assertSameBits(expected, SumBytesKernel.sumBytes(payload.hold(bytes)), payload + " of " + length);
            }
        }
    }

    @Test
    void manyThreadsCallingAtOnceGetTheirOwnSums() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            byte[] bytes = Payload.littleEndian(AwkwardDoubles.random(i * 613, 40 + i));
            inputs.add(bytes);
            expected.add(SumBytesReference.sumBytes(ByteBuffer.wrap(bytes)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int call = 0; call < 200; call++) {
                        int pick = (thread * 3 + call) % inputs.size();
                        Payload payload = Payload.values()[call % Payload.values().length];
                        double sum = SumBytesKernel.sumBytes(payload.hold(inputs.get(pick)));
                        if (Double.doubleToLongBits(sum) != Double.doubleToLongBits(expected.get(pick))) {
                            return "thread " + thread + " call " + call + " " + payload + ": " + sum;
                        }
                    }
                    return "";
                }));
            }
            for (Future<String> result : results) {
                String failure = result.get();
                assertTrue(failure.isEmpty(), failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
