package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The profile as a tree: one node per distinct call path, with self and total samples. Node 0 is a
 * synthetic root holding every sample. Built in one pass over the distinct stacks; arrays, not objects,
 * so a million-sample profile stays cheap to build and to walk.
 */
public final class CallTree {

    public static final int ROOT = 0;

    private final Profile profile;
    private final int[] frame;
    private final int[] parent;
    private final int[] depth;
    private final long[] self;
    private final long[] total;
    private final int[] childStart;         // children of node n: childNodes[childStart[n], childStart[n + 1])
    private final int[] childNodes;

    private CallTree(Profile profile, int[] frame, int[] parent, int[] depth, long[] self, long[] total,
                     int[] childStart, int[] childNodes) {
        this.profile = profile;
        this.frame = frame;
        this.parent = parent;
        this.depth = depth;
        this.self = self;
        this.total = total;
        this.childStart = childStart;
        this.childNodes = childNodes;
    }

    /**
     * Stacks are visited in lexicographic order, where every stack sharing a prefix with the previous
     * one is contiguous with it: a stack reuses the previous stack's nodes for the shared prefix and
     * creates the rest, so building needs no hash lookups at all. Nodes come out in depth-first order
     * (a parent before its children), which lets totals be summed bottom-up in one backward pass.
     */
    public static CallTree of(Profile profile) {
        int[][] stacks = profile.stacks().toArray(new int[0][]);
        long[] counts = profile.counts();
        StackOrder sorted = StackOrder.of(stacks);
        int[] order = sorted.order;
        int[] shared = sorted.shared;
        int size = 1;              // the root, then every frame of every stack but those shared with the one before
        int maxDepth = 0;
        for (int[] stack : stacks) {
            size += stack.length;
            maxDepth = Math.max(maxDepth, stack.length);
        }
        for (int prefix : shared) {
            size -= prefix;
        }
        int[] frame = new int[size];
        int[] parent = new int[size];
        int[] depth = new int[size];
        long[] self = new long[size];
        int[] childStart = new int[size + 1];      // first the number of children, then where they end
        int[] path = new int[maxDepth];
        frame[ROOT] = -1;
        parent[ROOT] = -1;
        int nodes = 1;
        for (int k = 0; k < order.length; k++) {
            int[] stack = stacks[order[k]];
            int node = shared[k] == 0 ? ROOT : path[shared[k] - 1];
            for (int d = shared[k]; d < stack.length; d++) {
                frame[nodes] = stack[d];
                parent[nodes] = node;
                depth[nodes] = d + 1;
                childStart[node]++;
                node = nodes++;
                path[d] = node;
            }
            self[stack.length == 0 ? ROOT : path[stack.length - 1]] += counts[order[k]];
        }
        for (int n = 1; n <= size; n++) {
            childStart[n] += childStart[n - 1];
        }
        long[] total = self.clone();
        int[] childNodes = new int[size - 1];
        for (int n = size - 1; n > ROOT; n--) {         // children end up in node order, so the sort below is stable
            total[parent[n]] += total[n];
            childNodes[--childStart[parent[n]]] = n;
        }
        for (int n = 0; n < size; n++) {
            if (childStart[n + 1] - childStart[n] > 1) {
                sortHottestFirst(childNodes, childStart[n], childStart[n + 1], total);
            }
        }
        return new CallTree(profile, frame, parent, depth, self, total, childStart, childNodes);
    }

    public Profile profile() {
        return profile;
    }

    public int size() {
        return frame.length;
    }

    /** The frame name of a node; the root's is "all". */
    public String name(int node) {
        return node == ROOT ? "all" : profile.frame(frame[node]);
    }

    public int frameId(int node) {
        return frame[node];
    }

    public int parent(int node) {
        return parent[node];
    }

    public int depth(int node) {
        return depth[node];
    }

    public long self(int node) {
        return self[node];
    }

    public long total(int node) {
        return total[node];
    }

    /** Children, hottest first, in a fresh array. */
    public int[] children(int node) {
        return Arrays.copyOfRange(childNodes, childStart[node], childStart[node + 1]);
    }

    /** Frame names from the root's child down to this node. */
    public List<String> path(int node) {
        List<String> names = new ArrayList<>();
        for (int n = node; n != ROOT; n = parent[n]) {
            names.add(name(n));
        }
        Collections.reverse(names);
        return names;
    }

    /** A stable sort by total, descending: insertion sort for the usual handful, merging for wide nodes. */
    private static void sortHottestFirst(int[] nodes, int from, int to, long[] totals) {
        if (to - from > 32) {
            int mid = (from + to) >>> 1;
            sortHottestFirst(nodes, from, mid, totals);
            sortHottestFirst(nodes, mid, to, totals);
            int[] left = Arrays.copyOfRange(nodes, from, mid);
            int i = 0;
            int j = mid;
            int out = from;
            while (i < left.length && j < to) {
                nodes[out++] = totals[nodes[j]] > totals[left[i]] ? nodes[j++] : left[i++];
            }
            System.arraycopy(left, i, nodes, out, left.length - i);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int n = nodes[i];
            int j = i - 1;
            while (j >= from && totals[nodes[j]] < totals[n]) {
                nodes[j + 1] = nodes[j];
                j--;
            }
            nodes[j + 1] = n;
        }
    }
}
