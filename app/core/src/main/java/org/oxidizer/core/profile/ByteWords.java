package org.oxidizer.core.profile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a byte array eight bytes at a time (little-endian, so byte {@code i} is the lowest) and finds a
 * byte value in such a word without a per-byte loop. Callers keep {@link #PADDING} bytes after their
 * data so that the last word can be read whole; bytes past the data are garbage and must be masked.
 */
final class ByteWords {

    static final int PADDING = Long.BYTES;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteWords() {
    }

    /** A byte repeated in every lane, for {@link #matches}. */
    static long pattern(char c) {
        return (c & 0xFFL) * ONES;
    }

    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /**
     * A mask whose lowest set bit is the high bit of the first byte of {@code word} equal to the pattern's
     * byte, or 0. Bits above the first match may be false positives: only the lowest one is exact.
     */
    static long matches(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }

    /** The offset of the first match within its word, 0 to 7; {@code mask} must not be 0. */
    static int firstByte(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }

    /** Keeps the first {@code n} bytes of a word (0 to 7) and zeroes the rest. */
    static long head(long word, int n) {
        return word & ~(-1L << (n << 3));
    }

    /** The first index of the pattern's byte in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, long pattern) {
        for (int i = from; i < to; i += Long.BYTES) {
            long m = matches(word(b, i), pattern);
            if (m != 0) {
                int found = i + firstByte(m);
                return found < to ? found : -1;
            }
        }
        return -1;
    }
}
