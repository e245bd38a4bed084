package org.oxidizer.gui.flame;

/**
 * What a flame graph draws: a tree of frames with widths. Nodes are ints so that a million-sample profile
 * needs no object per node; children come hottest first, which lets drawing stop at the first one too
 * narrow to see.
 */
public interface FlameData {

    int root();

    int parent(int node);

    /** Rows from the top: the root is 0. */
    int depth(int node);

    int maxDepth();

    int[] children(int node);

    /** Width in the tree's own unit (samples, or percentage points for a differential tree). */
    double weight(int node);

    /** Index of the node's frame name, shared by every node of the same frame. */
    int label(int node);

    int labelCount();

    String labelName(int label);

    /** Tooltip text: full frame name and its figures. */
    String details(int node);

    /**
     * Change from before to after in percentage points of total share, for a differential tree; NaN for a
     * plain profile.
     */
    double delta(int node);

    /** Summed weight of the nodes whose label matches and that have no matching ancestor. */
    double matchedWeight(boolean[] labelMatches);
}
