package org.oxidizer.kernels.logs;

import com.sun.jna.Pointer;
import java.nio.CharBuffer;
import org.oxidizer.kernels.NativeBlock;

/**
 * A batch of lines laid out as the kernel reads them: their UTF-16 chars back to back in native memory, plus
 * n + 1 offsets. UTF-16 because it is what a String holds: lone surrogates reach the kernel as they are, so
 * it can tell which lines it must hand back.
 */
final class Utf16Lines implements AutoCloseable {

    /** Chars per native view (512 MB). */
    private static final int VIEW_CHARS = 1 << 28;

    /** Most chars copied through the scratch array at once. */
    private static final int SCRATCH_CHARS = 1 << 20;

    private final NativeBlock memory;
    private final int[] offsets;

    /** Copies {@code lines[from..to)}, which hold {@code chars} chars in all. */
    Utf16Lines(String[] lines, int from, int to, int chars) {
        offsets = new int[to - from + 1];
        memory = new NativeBlock(Math.max(2, 2L * chars));
        CharBuffer view = view(0, chars);
        char[] scratch = new char[256];
        for (int i = from; i < to; i++) {
            String line = lines[i];
            int length = line.length();
            offsets[i - from + 1] = offsets[i - from] + length;
            for (int copied = 0; copied < length; ) {
                if (!view.hasRemaining()) {
                    view = view(offsets[i - from] + copied, chars);
                }
                int n = Math.min(Math.min(length - copied, view.remaining()), SCRATCH_CHARS);
                if (n > scratch.length) {
                    scratch = new char[Math.max(n, 2 * scratch.length)];
                }
                line.getChars(copied, copied + n, scratch, 0);
                view.put(scratch, 0, n);
                copied += n;
            }
        }
    }

    /** A view from char {@code at} on, short enough for its byte size to stay within int range. */
    private CharBuffer view(int at, int chars) {
        long length = Math.min(chars - at, VIEW_CHARS);
        return memory.view(2L * at, 2L * length).asCharBuffer();
    }

    Pointer units() {
        return memory.pointer();
    }

    long unitCount() {
        return offsets[offsets.length - 1];
    }

    int size() {
        return offsets.length - 1;
    }

    int[] offsets() {
        return offsets;
    }

    @Override
    public void close() {
        memory.close();
    }
}
