package org.oxidizer.core.profile;

import java.util.Arrays;

/** A long list without boxing that can also add to an element in place. */
final class GrowingLongs {

    private long[] values = new long[1024];
    private int size;

    void append(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void add(int i, long delta) {
        values[i] += delta;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
