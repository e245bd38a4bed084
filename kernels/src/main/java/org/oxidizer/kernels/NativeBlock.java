package org.oxidizer.kernels;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Native memory for one kernel call, freed when the call is done. Unlike JNA's {@code Memory} it registers
 * no cleaner and joins no tracking map, which cost more than a small kernel call itself.
 */
public final class NativeBlock implements AutoCloseable {

    private final Pointer pointer;
    private final long size;
    private boolean freed;

    /** @throws OutOfMemoryError when malloc fails */
    public NativeBlock(long size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        long peer = Native.malloc(size);
        if (peer == 0) {
            throw new OutOfMemoryError("Cannot allocate " + size + " bytes of native memory");
        }
        this.pointer = new Pointer(peer);
        this.size = size;
    }

    public Pointer pointer() {
        return pointer;
    }

    public long size() {
        return size;
    }

    /** A native-order view of {@code length} bytes from {@code offset} (at most Integer.MAX_VALUE bytes). */
    public ByteBuffer view(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IndexOutOfBoundsException(offset + "+" + length + " outside a block of " + size + " bytes");
        }
        return pointer.getByteBuffer(offset, length).order(ByteOrder.nativeOrder());
    }

    @Override
    public void close() {
        if (!freed) {
            freed = true;
            Native.free(Pointer.nativeValue(pointer));
        }
    }
}
