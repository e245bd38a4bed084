package org.oxidizer.core.profile;

import java.util.Arrays;

/**
 * Stack indices in lexicographic order of their frame ids (a prefix before its extensions), as
 * {@link CallTree} needs them. Sorts one frame position at a time: a group of stacks that share a prefix
 * is split by its next frame with a primitive sort of (frame, index) pairs, and a prefix the whole group
 * shares is skipped at once, so a deep common trunk costs one pass instead of one per frame.
 */
final class StackOrder {

    private static final int SMALL = 16;

    /** Stack indices, sorted. */
    final int[] order;
    /** Per position in {@link #order}: how many leading frames the stack shares with the one before it. */
    final int[] shared;

    private final int[][] stacks;
    private final long[] keys;
    private int[] work = new int[3 * 64];      // pending groups: from, to, depth
    private int pending;

    private StackOrder(int[][] stacks) {
        this.stacks = stacks;
        this.order = new int[stacks.length];
        this.shared = new int[stacks.length];
        this.keys = new long[stacks.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    static StackOrder of(int[][] stacks) {
        StackOrder sort = new StackOrder(stacks);
        sort.push(0, stacks.length, 0);
        while (sort.pending > 0) {
            sort.pending -= 3;
            sort.split(sort.work[sort.pending], sort.work[sort.pending + 1], sort.work[sort.pending + 2]);
        }
        return sort;
    }

    /**
     * Orders {@code order[from, to)}, whose stacks all share their first {@code depth} frames, and sets
     * {@link #shared} inside it; the group's first position gets its value from the enclosing group.
     */
    private void split(int from, int to, int depth) {
        if (to - from <= SMALL) {
            insertionSort(from, to, depth);
            return;
        }
        depth = sharedPrefix(from, to, depth);
        int rest = from;
        for (int k = from; k < to; k++) {
            if (stacks[order[k]].length == depth) {      // ends here: before every longer stack, equal to the others
                int t = order[rest];
                order[rest++] = order[k];
                order[k] = t;
            }
        }
        for (int k = rest; k < to; k++) {
            keys[k] = (long) stacks[order[k]][depth] << 32 | order[k];
        }
        Arrays.sort(keys, rest, to);
        Arrays.fill(shared, from + 1, Math.min(rest + 1, to), depth);
        int run = rest;
        for (int k = rest; k < to; k++) {
            order[k] = (int) keys[k];
            if (k + 1 == to || (int) (keys[k + 1] >>> 32) != (int) (keys[run] >>> 32)) {
                if (k + 1 - run > 1) {
                    push(run, k + 1, depth + 1);
                }
                run = k + 1;
                if (run < to) {
                    shared[run] = depth;
                }
            }
        }
    }

    /** The longest prefix, at least {@code depth} frames, that every stack of the group has. */
    private int sharedPrefix(int from, int to, int depth) {
        int[] first = stacks[order[from]];
        int common = first.length;
        for (int k = from + 1; k < to && common > depth; k++) {
            int[] other = stacks[order[k]];
            int end = Math.min(common, other.length);
            int m = Arrays.mismatch(first, depth, end, other, depth, end);
            common = m < 0 ? end : depth + m;
        }
        return common;
    }

    private void insertionSort(int from, int to, int depth) {
        for (int i = from + 1; i < to; i++) {
            int s = order[i];
            int[] stack = stacks[s];
            int j = i - 1;
            while (j >= from && compare(stacks[order[j]], stack, depth) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = s;
        }
        for (int i = from + 1; i < to; i++) {
            int[] a = stacks[order[i - 1]];
            int[] b = stacks[order[i]];
            int end = Math.min(a.length, b.length);
            int m = Arrays.mismatch(a, depth, end, b, depth, end);
            shared[i] = m < 0 ? end : depth + m;
        }
    }

    private static int compare(int[] a, int[] b, int depth) {
        return Arrays.compare(a, Math.min(depth, a.length), a.length, b, Math.min(depth, b.length), b.length);
    }

    private void push(int from, int to, int depth) {
        if (pending + 3 > work.length) {
            work = Arrays.copyOf(work, work.length * 2);
        }
        work[pending++] = from;
        work[pending++] = to;
        work[pending++] = depth;
    }
}
