package org.oxidizer.kernels.logs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the kernel's output for a batch of lines: {@code lineCount, rowLengths[lineCount]} (native-endian
 * ints; {@code -1} for a line that is not a record, {@code -2} for one the Java method must clean) and then
 * the rows' UTF-8 bytes back to back. Rows decode in parallel slices when asked.
 */
final class PackedRows {

    static final int MALFORMED = -1;
    static final int NEEDS_JAVA = -2;

    /** Lines per parallel decoding task. */
    private static final int SLICE = 2048;

    private PackedRows() {
    }

    /** Appends the rows of {@code lines[from..to)}, in line order, to {@code rows}. */
    static void decodeInto(ByteBuffer packed, String[] lines, int from, int to, boolean parallel, List<String> rows) {
        ByteBuffer ints = packed.duplicate().order(ByteOrder.nativeOrder());
        int count = ints.getInt(0);
        if (count != to - from) {
            throw new IllegalStateException("Kernel returned " + count + " rows for " + (to - from) + " lines");
        }
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i + 1] = starts[i] + Math.max(0, ints.getInt(4 * (1 + i)));
        }
        int rowsAt = 4 * (1 + count);
        if (packed.capacity() - rowsAt != starts[count]) {
            throw new IllegalStateException("Kernel rows end at byte " + (rowsAt + starts[count]) + " of " + packed.capacity());
        }
        byte[] bytes = new byte[starts[count]];
        packed.duplicate().position(rowsAt).get(bytes);
        String[] decoded = new String[count];
        IntStream slices = IntStream.range(0, (count + SLICE - 1) / SLICE);
        (parallel ? slices.parallel() : slices).forEach(s -> {
            for (int i = s * SLICE, end = Math.min(count, i + SLICE); i < end; i++) {
                int length = ints.getInt(4 * (1 + i));
                if (length >= 0) {
                    decoded[i] = new String(bytes, starts[i], length, StandardCharsets.UTF_8);
                } else if (length == NEEDS_JAVA) {
                    decoded[i] = CleanLogLinesReference.cleanLine(lines[from + i]);
                } else if (length != MALFORMED) {
                    throw new IllegalStateException("Kernel returned row length " + length + " for line " + (from + i));
                }
            }
        });
        for (String row : decoded) {
            if (row != null) {
                rows.add(row);
            }
        }
    }
}
