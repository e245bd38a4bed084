package org.oxidizer.kernels.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Where the bytes of a payload can live: each is a different path through {@code sum_bytes}. */
enum Payload {

    HEAP {
        @Override
        ByteBuffer hold(byte[] bytes) {
            return ByteBuffer.wrap(bytes.clone());
        }
    },
    HEAP_SLICE {
        @Override
        ByteBuffer hold(byte[] bytes) {
            byte[] padded = new byte[bytes.length + 5];
            System.arraycopy(bytes, 0, padded, 3, bytes.length);
            return ByteBuffer.wrap(padded, 3, bytes.length).slice();
        }
    },
    HEAP_READ_ONLY {
        @Override
        ByteBuffer hold(byte[] bytes) {
            return ByteBuffer.wrap(bytes.clone()).asReadOnlyBuffer();
        }
    },
    DIRECT {
        @Override
        ByteBuffer hold(byte[] bytes) {
            return ByteBuffer.allocateDirect(bytes.length).put(bytes).clear();
        }
    },
    DIRECT_READ_ONLY {
        @Override
        ByteBuffer hold(byte[] bytes) {
            return DIRECT.hold(bytes).asReadOnlyBuffer();
        }
    };

    /** A buffer over a copy of {@code bytes}, position 0, limit at the end, big-endian like any new buffer. */
    abstract ByteBuffer hold(byte[] bytes);

    static byte[] littleEndian(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        return bytes.array();
    }
}
