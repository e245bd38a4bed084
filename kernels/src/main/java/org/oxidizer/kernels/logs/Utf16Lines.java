package org.oxidizer.kernels.logs;

import com.sun.jna.Pointer;
import java.nio.CharBuffer;
import org.oxidizer.kernels.NativeBlock;

/**
 * A batch of lines laid out as the kernel reads them, in one native block: their UTF-16 chars back to back,
 * then n + 1 int offsets (one block, as JNA would copy an int[] argument in and back out again). UTF-16
 * because it is what a String holds: lone surrogates reach the kernel as they are, so it can tell which
 * lines it must hand back.
 */
final class Utf16Lines implements AutoCloseable {

    /** Chars per native view (512 MB). */
    private static final int VIEW_CHARS = 1 << 28;

    /** Most chars copied through the scratch array at once. */
    private static final int SCRATCH_CHARS = 1 << 20;

    private final NativeBlock block;
    private final long offsetsAt;
    private final int size;
    private final int chars;

    /** Copies {@code lines[from..to)}, which hold {@code chars} chars in all. */
    Utf16Lines(String[] lines, int from, int to, int chars) {
        this.size = to - from;
        this.chars = chars;
        offsetsAt = (2L * chars + 3) & ~3L;
        block = new NativeBlock(offsetsAt + 4L * (size + 1));
        int[] offsets = new int[size + 1];
        CharBuffer view = view(0);
        char[] scratch = new char[256];
        for (int i = 0; i < size; i++) {
            String line = lines[from + i];
            int length = line.length();
            offsets[i + 1] = offsets[i] + length;
            for (int copied = 0; copied < length; ) {
                if (!view.hasRemaining()) {
                    view = view(offsets[i] + copied);
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
        block.view(offsetsAt, 4L * (size + 1)).asIntBuffer().put(offsets);
    }

    /** A view from char {@code at} on, short enough for its byte size to stay within int range. */
    private CharBuffer view(int at) {
        long length = Math.min(chars - at, VIEW_CHARS);
        return block.view(2L * at, 2L * length).asCharBuffer();
    }

    Pointer units() {
        return block.pointer();
    }

    long unitCount() {
        return chars;
    }

    Pointer offsets() {
        return block.pointer().share(offsetsAt);
    }

    int size() {
        return size;
    }

    @Override
    public void close() {
        block.close();
    }
}
