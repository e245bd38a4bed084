package org.oxidizer.core.profile;

import java.util.Arrays;

/** An int list without boxing, for the profile model's hot loops. */
final class GrowingInts {

    private int[] values = new int[1024];
    private int size;

    void append(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
