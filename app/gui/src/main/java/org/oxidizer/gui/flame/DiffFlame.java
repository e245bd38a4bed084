package org.oxidizer.gui.flame;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oxidizer.core.profile.ProfileDiff;

/**
 * The merged before/after tree as a differential flame graph. A node's width is the mean of its two
 * shares, so paths that only one side has (the Java code that went away, the kernel that appeared) still
 * show; its color says how its share changed.
 */
public final class DiffFlame implements FlameData {

    private final int[] parent;
    private final int[] depth;
    private final int[] label;
    private final double[] before;
    private final double[] after;
    private final int[][] children;
    private final List<String> names = new ArrayList<>();
    private final int maxDepth;

    public DiffFlame(ProfileDiff.DiffNode rootNode) {
        List<ProfileDiff.DiffNode> nodes = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {rootNode, -1, 0});
        while (!stack.isEmpty()) {
            Object[] item = stack.pop();
            ProfileDiff.DiffNode node = (ProfileDiff.DiffNode) item[0];
            int index = nodes.size();
            nodes.add(node);
            parents.add((Integer) item[1]);
            depths.add((Integer) item[2]);
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(new Object[] {node.children().get(i), index, (Integer) item[2] + 1});
            }
        }
        int n = nodes.size();
        parent = new int[n];
        depth = new int[n];
        label = new int[n];
        before = new double[n];
        after = new double[n];
        Map<String, Integer> labels = new HashMap<>();
        List<List<Integer>> kids = new ArrayList<>(n);
        int deepest = 0;
        for (int i = 0; i < n; i++) {
            ProfileDiff.DiffNode node = nodes.get(i);
            parent[i] = parents.get(i);
            depth[i] = depths.get(i);
            deepest = Math.max(deepest, depth[i]);
            label[i] = labels.computeIfAbsent(node.frame(), f -> {
                names.add(f);
                return names.size() - 1;
            });
            before[i] = node.beforeTotal();
            after[i] = node.afterTotal();
            kids.add(new ArrayList<>());
            if (parent[i] >= 0) {
                kids.get(parent[i]).add(i);
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> k = kids.get(i);
            k.sort(Comparator.comparingDouble((Integer c) -> before[c] + after[c]).reversed());
            children[i] = k.stream().mapToInt(Integer::intValue).toArray();
        }
        maxDepth = deepest;
    }

    @Override
    public int root() {
        return 0;
    }

    @Override
    public int parent(int node) {
        return parent[node];
    }

    @Override
    public int depth(int node) {
        return depth[node];
    }

    @Override
    public int maxDepth() {
        return maxDepth;
    }

    @Override
    public int[] children(int node) {
        return children[node];
    }

    @Override
    public double weight(int node) {
        return (before[node] + after[node]) / 2;
    }

    @Override
    public int label(int node) {
        return label[node];
    }

    @Override
    public int labelCount() {
        return names.size();
    }

    @Override
    public String labelName(int l) {
        return names.get(l);
    }

    @Override
    public String details(int node) {
        String change = before[node] == 0 ? "appeared" : after[node] == 0 ? "gone"
            : String.format(Locale.ROOT, "%+.2f points", after[node] - before[node]);
        return String.format(Locale.ROOT, "%s%nbefore %.2f%%  ->  after %.2f%%  (%s)", names.get(label[node]),
            before[node], after[node], change);
    }

    @Override
    public double delta(int node) {
        return after[node] - before[node];
    }

    public double before(int node) {
        return before[node];
    }

    public double after(int node) {
        return after[node];
    }

    @Override
    public double matchedWeight(boolean[] labelMatches) {
        boolean[] inside = new boolean[parent.length];
        double sum = 0;
        for (int n = 1; n < parent.length; n++) {
            boolean match = labelMatches[label[n]];
            if (match && !inside[parent[n]]) {
                sum += weight(n);
            }
            inside[n] = inside[parent[n]] || match;
        }
        return sum;
    }
}
