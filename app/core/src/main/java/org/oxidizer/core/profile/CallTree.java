package org.oxidizer.core.profile;

import java.util.ArrayList;
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
    private final List<int[]> children;

    private CallTree(Profile profile, int[] frame, int[] parent, int[] depth, long[] self, long[] total, List<int[]> children) {
        this.profile = profile;
        this.frame = frame;
        this.parent = parent;
        this.depth = depth;
        this.self = self;
        this.total = total;
        this.children = children;
    }

    /**
     * Stacks are visited in lexicographic order, where every stack sharing a prefix with the previous
     * one is contiguous with it: a stack reuses the previous stack's nodes for the shared prefix and
     * creates the rest, so building needs no hash lookups at all.
     */
    public static CallTree of(Profile profile) {
        Builder b = new Builder();
        List<int[]> stacks = profile.stacks();
        Integer[] order = new Integer[stacks.size()];
        int maxDepth = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            maxDepth = Math.max(maxDepth, stacks.get(i).length);
        }
        java.util.Arrays.sort(order, (x, y) -> java.util.Arrays.compare(stacks.get(x), stacks.get(y)));
        int[] path = new int[maxDepth];
        int[] previous = new int[0];
        for (int s : order) {
            int[] stack = stacks.get(s);
            long count = profile.counts()[s];
            int shared = java.util.Arrays.mismatch(previous, stack);
            shared = shared < 0 ? stack.length : Math.min(shared, stack.length);
            int node = shared == 0 ? ROOT : path[shared - 1];
            for (int d = shared; d < stack.length; d++) {
                node = b.node(node, stack[d]);
                path[d] = node;
            }
            b.total.add(ROOT, count);
            for (int d = 0; d < stack.length; d++) {
                b.total.add(path[d], count);
            }
            b.self.add(stack.length == 0 ? ROOT : path[stack.length - 1], count);
            previous = stack;
        }
        return b.build(profile);
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

    /** Children, hottest first. */
    public int[] children(int node) {
        return children.get(node);
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

    private static final class Builder {
        final GrowingInts frame = new GrowingInts();
        final GrowingInts parent = new GrowingInts();
        final GrowingInts depth = new GrowingInts();
        final GrowingLongs self = new GrowingLongs();
        final GrowingLongs total = new GrowingLongs();

        Builder() {
            frame.append(-1);
            parent.append(-1);
            depth.append(0);
            self.append(0);
            total.append(0);
        }

        int node(int parentNode, int f) {
            int created = frame.size();
            frame.append(f);
            parent.append(parentNode);
            depth.append(depth.get(parentNode) + 1);
            self.append(0);
            total.append(0);
            return created;
        }

        CallTree build(Profile profile) {
            int n = frame.size();
            int[] parents = parent.toArray();
            long[] totals = total.toArray();
            int[] childCount = new int[n];
            for (int i = 1; i < n; i++) {
                childCount[parents[i]]++;
            }
            List<int[]> kids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                kids.add(new int[childCount[i]]);
            }
            int[] fill = new int[n];
            for (int i = 1; i < n; i++) {
                kids.get(parents[i])[fill[parents[i]]++] = i;
            }
            for (int[] k : kids) {
                if (k.length > 1) {
                    sortByTotalDescending(k, totals);
                }
            }
            return new CallTree(profile, frame.toArray(), parents, depth.toArray(), self.toArray(), totals, kids);
        }

        /** Insertion sort for the usual handful of children (no allocation); a boxed sort for wide nodes. */
        private static void sortByTotalDescending(int[] nodes, long[] totals) {
            if (nodes.length > 32) {
                Integer[] boxed = new Integer[nodes.length];
                for (int i = 0; i < nodes.length; i++) {
                    boxed[i] = nodes[i];
                }
                java.util.Arrays.sort(boxed, (a, b) -> Long.compare(totals[b], totals[a]));
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = boxed[i];
                }
                return;
            }
            for (int i = 1; i < nodes.length; i++) {
                int n = nodes[i];
                int j = i - 1;
                while (j >= 0 && totals[nodes[j]] < totals[n]) {
                    nodes[j + 1] = nodes[j];
                    j--;
                }
                nodes[j + 1] = n;
            }
        }
    }
}
