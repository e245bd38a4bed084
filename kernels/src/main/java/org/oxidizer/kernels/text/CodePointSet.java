package org.oxidizer.kernels.text;

import java.util.Arrays;

/** An immutable set of code points as sorted, disjoint, non-adjacent inclusive ranges: a character class's meaning. */
final class CodePointSet {

    static final int MAX = Character.MAX_CODE_POINT;
    static final CodePointSet EMPTY = new CodePointSet(new int[0]);
    static final CodePointSet SURROGATES = range(Character.MIN_SURROGATE, Character.MAX_SURROGATE);

    /** lo0, hi0, lo1, hi1, ...: sorted, disjoint and not touching. */
    private final int[] bounds;

    private CodePointSet(int[] bounds) {
        this.bounds = bounds;
    }

    static CodePointSet of(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CodePointSet range(int lo, int hi) {
        return new CodePointSet(new int[] {lo, hi});
    }

    /** The union of the given inclusive ranges, given as lo, hi pairs in any order. */
    static CodePointSet ranges(int... pairs) {
        CodePointSet set = EMPTY;
        for (int i = 0; i < pairs.length; i += 2) {
            set = set.union(range(pairs[i], pairs[i + 1]));
        }
        return set;
    }

    CodePointSet union(CodePointSet other) {
        int[] all = Arrays.copyOf(bounds, bounds.length + other.bounds.length);
        System.arraycopy(other.bounds, 0, all, bounds.length, other.bounds.length);
        long[] sorted = new long[all.length / 2];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = ((long) all[2 * i] << 32) | all[2 * i + 1];
        }
        Arrays.sort(sorted);
        int[] merged = new int[all.length];
        int n = 0;
        for (long range : sorted) {
            int lo = (int) (range >>> 32);
            int hi = (int) range;
            if (n > 0 && lo <= merged[n - 1] + 1) {
                merged[n - 1] = Math.max(merged[n - 1], hi);
            } else {
                merged[n++] = lo;
                merged[n++] = hi;
            }
        }
        return new CodePointSet(Arrays.copyOf(merged, n));
    }

    CodePointSet complement() {
        int[] gaps = new int[bounds.length + 2];
        int n = 0;
        int next = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (bounds[i] > next) {
                gaps[n++] = next;
                gaps[n++] = bounds[i] - 1;
            }
            next = bounds[i + 1] + 1;
        }
        if (next <= MAX) {
            gaps[n++] = next;
            gaps[n++] = MAX;
        }
        return new CodePointSet(Arrays.copyOf(gaps, n));
    }

    CodePointSet minus(CodePointSet other) {
        return complement().union(other).complement();
    }

    /** Adds the other case of every ASCII letter in the set: Java's CASE_INSENSITIVE without UNICODE_CASE. */
    CodePointSet withAsciiCaseVariants() {
        CodePointSet result = this;
        for (int c = 'A'; c <= 'Z'; c++) {
            int lower = c + ('a' - 'A');
            if (contains(c) != contains(lower)) {
                result = result.union(range(c, c)).union(range(lower, lower));
            }
        }
        return result;
    }

    boolean contains(int codePoint) {
        int i = Arrays.binarySearch(bounds, codePoint);
        // Found as a bound, or falls between a lo (even index) and its hi.
        return i >= 0 || (-i - 1) % 2 == 1;
    }

    boolean containsAll(CodePointSet other) {
        return other.minus(this).isEmpty();
    }

    boolean intersects(CodePointSet other) {
        return !minus(other.complement()).isEmpty();
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    /**
     * The set as a regex crate class of explicit ranges, so no flag or Unicode table of the crate plays a
     * part; surrogates are left out, as UTF-8 text holds none.
     */
    String toRustClass() {
        int[] scalars = minus(SURROGATES).bounds;
        StringBuilder rust = new StringBuilder("[");
        for (int i = 0; i < scalars.length; i += 2) {
            rust.append(rustLiteral(scalars[i]));
            if (scalars[i + 1] != scalars[i]) {
                rust.append('-').append(rustLiteral(scalars[i + 1]));
            }
        }
        return rust.append(']').toString();
    }

    /** One code point in the regex crate's syntax: ASCII letters and digits as they are, anything else escaped. */
    static String rustLiteral(int codePoint) {
        boolean plain = codePoint < 128 && Character.isLetterOrDigit(codePoint);
        return plain ? Character.toString((char) codePoint) : "\\x{" + Integer.toHexString(codePoint).toUpperCase() + "}";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointSet && Arrays.equals(bounds, ((CodePointSet) other).bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return toRustClass();
    }
}
