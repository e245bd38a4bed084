package org.oxidizer.gui.flame;

import java.util.Locale;
import org.oxidizer.core.profile.CallTree;

/** A profile's call tree as a flame graph: widths are samples. */
public final class ProfileFlame implements FlameData {

    private final CallTree tree;
    private final int labels;
    private final int maxDepth;

    public ProfileFlame(CallTree tree) {
        this.tree = tree;
        this.labels = tree.profile().frames().size() + 1;
        int deepest = 0;
        for (int[] stack : tree.profile().stacks()) {
            deepest = Math.max(deepest, stack.length);
        }
        this.maxDepth = deepest;
    }

    @Override
    public int root() {
        return CallTree.ROOT;
    }

    @Override
    public int parent(int node) {
        return tree.parent(node);
    }

    @Override
    public int depth(int node) {
        return tree.depth(node);
    }

    @Override
    public int maxDepth() {
        return maxDepth;
    }

    @Override
    public int[] children(int node) {
        return tree.children(node);
    }

    @Override
    public double weight(int node) {
        return tree.total(node);
    }

    @Override
    public int label(int node) {
        return node == CallTree.ROOT ? labels - 1 : tree.frameId(node);
    }

    @Override
    public int labelCount() {
        return labels;
    }

    @Override
    public String labelName(int label) {
        return label == labels - 1 ? "all" : tree.profile().frame(label);
    }

    @Override
    public String details(int node) {
        double all = Math.max(1, tree.total(CallTree.ROOT));
        return String.format(Locale.ROOT, "%s%ntotal %.2f%% (%,d samples), self %.2f%% (%,d)", tree.name(node),
            100 * tree.total(node) / all, tree.total(node), 100 * tree.self(node) / all, tree.self(node));
    }

    @Override
    public double delta(int node) {
        return Double.NaN;
    }

    /** One pass in node order: the tree lists parents before children. */
    @Override
    public double matchedWeight(boolean[] labelMatches) {
        int size = tree.size();
        boolean[] inside = new boolean[size];
        double sum = 0;
        for (int n = 1; n < size; n++) {
            int p = tree.parent(n);
            boolean match = labelMatches[tree.frameId(n)];
            if (match && !inside[p]) {
                sum += tree.total(n);
            }
            inside[n] = inside[p] || match;
        }
        return sum;
    }
}
