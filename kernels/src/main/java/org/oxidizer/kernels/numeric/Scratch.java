package org.oxidizer.kernels.numeric;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.oxidizer.kernels.KernelLibrary;

/**
 * Per-thread native memory that numeric kernels stage Java values in: one bulk copy per chunk, no malloc
 * per call, and a bounded footprint however long the input, since longer inputs pass through in chunks.
 */
final class Scratch implements AutoCloseable {

    /** Doubles per chunk: 512 KiB, small enough to stay in L2 between the copy and the native pass. */
    static final int DOUBLES = 1 << 16;

    static final int BYTES = DOUBLES * 8;

    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    private static volatile boolean loaded;

    /** Whole block in native order: the data area, then one double where kernels store their result. */
    private final ByteBuffer block;

    /** The data area for byte copies; callers set position and limit. */
    final ByteBuffer bytes;

    /** The data area as native-order doubles; callers set position and limit. */
    final DoubleBuffer doubles;

    /** Address of the data area. */
    final long data;

    /** Address of the result slot. */
    final long result;

    private boolean inUse;

    private Scratch() {
        block = ByteBuffer.allocateDirect(BYTES + 8).order(ByteOrder.nativeOrder());
        bytes = block.duplicate();
        doubles = block.asDoubleBuffer();
        data = Pointer.nativeValue(Native.getDirectBufferPointer(block));
        result = data + BYTES;
    }

    /**
     * Loads the kernel library on first use; until it loads, every call fails with the loader's message
     * rather than once and then as {@link NoClassDefFoundError}.
     */
    static void requireLibrary() {
        if (!loaded) {
            KernelLibrary.library();
            loaded = true;
        }
    }

    /**
     * This thread's scratch, or a fresh one if this thread is already using its own (a kernel whose input
     * runs user code, like a {@code List}'s iterator, can be re-entered). Release it with {@link #close}.
     */
    static Scratch acquire() {
        requireLibrary();
        Scratch scratch = PER_THREAD.get();
        if (scratch.inUse) {
            return new Scratch();
        }
        scratch.inUse = true;
        return scratch;
    }

    /** The double a kernel stored in the result slot. */
    double result() {
        return block.getDouble(BYTES);
    }

    @Override
    public void close() {
        inUse = false;
    }
}
