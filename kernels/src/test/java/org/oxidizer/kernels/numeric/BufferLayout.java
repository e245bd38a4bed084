package org.oxidizer.kernels.numeric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/** The ways a DoubleBuffer can lie in memory, each of which a kernel must read and write like Java. */
enum BufferLayout {

    HEAP_ARRAY {
        @Override
        DoubleBuffer allocate(int capacity) {
            return DoubleBuffer.wrap(new double[capacity + 3], 2, capacity).slice();
        }
    },
    HEAP_BYTES_BIG_ENDIAN {
        @Override
        DoubleBuffer allocate(int capacity) {
            return ByteBuffer.allocate(8 * capacity).asDoubleBuffer();
        }
    },
    HEAP_BYTES_LITTLE_ENDIAN {
        @Override
        DoubleBuffer allocate(int capacity) {
            return ByteBuffer.allocate(8 * capacity).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        }
    },
    DIRECT_NATIVE_ORDER {
        @Override
        DoubleBuffer allocate(int capacity) {
            return ByteBuffer.allocateDirect(8 * capacity).order(ByteOrder.nativeOrder()).asDoubleBuffer();
        }
    },
    DIRECT_BIG_ENDIAN {
        @Override
        DoubleBuffer allocate(int capacity) {
            return ByteBuffer.allocateDirect(8 * capacity).asDoubleBuffer();
        }
    },
    DIRECT_UNALIGNED {
        @Override
        DoubleBuffer allocate(int capacity) {
            ByteBuffer bytes = ByteBuffer.allocateDirect(8 * capacity + 3);
            return bytes.position(3).slice().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        }
    },
    DIRECT_SLICE {
        @Override
        DoubleBuffer allocate(int capacity) {
            DoubleBuffer whole = ByteBuffer.allocateDirect(8 * (capacity + 5)).order(ByteOrder.nativeOrder()).asDoubleBuffer();
            return whole.position(5).slice();
        }
    };

    abstract DoubleBuffer allocate(int capacity);

    /** A buffer holding {@code values}, its position and limit set. */
    DoubleBuffer filled(double[] values, int position, int limit) {
        DoubleBuffer buffer = allocate(values.length);
        for (int i = 0; i < values.length; i++) {
            buffer.put(i, values[i]);
        }
        buffer.limit(limit).position(position);
        return buffer;
    }

    /** Every value of the buffer, from 0 to capacity, whatever its position and limit. */
    static double[] contents(DoubleBuffer buffer) {
        DoubleBuffer whole = buffer.duplicate().clear();
        double[] values = new double[whole.capacity()];
        for (int i = 0; i < values.length; i++) {
            values[i] = whole.get(i);
        }
        return values;
    }
}
