package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Shapes that stress how the call tree orders stacks and lays out nodes (duplicate and empty stacks,
 * stacks that are prefixes of others, long shared trunks, nodes with hundreds of children and tied
 * totals), checked against a tree built the obvious way with a map per node.
 */
class CallTreeShapesTest {

    @Test
    void matchesAMapBuiltTreeOnRandomShapes() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(300);
            int trunk = random.nextInt(60);
            int alphabet = 1 + random.nextInt(round % 3 == 0 ? 400 : 6);
            List<int[]> stacks = new ArrayList<>();
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                int[] stack;
                if (i > 0 && random.nextInt(10) == 0) {
                    stack = stacks.get(random.nextInt(i)).clone();                // a duplicate stack
                } else if (i > 0 && random.nextInt(10) == 0) {
                    int[] other = stacks.get(random.nextInt(i));                   // a prefix of another
                    stack = Arrays.copyOf(other, random.nextInt(other.length + 1));
                } else {
                    boolean deep = random.nextInt(3) == 0;
                    stack = new int[deep ? trunk + random.nextInt(4) : random.nextInt(6)];
                    for (int d = 0; d < stack.length; d++) {
                        stack[d] = deep && d < trunk ? d % 7 : random.nextInt(alphabet);
                    }
                }
                stacks.add(stack);
                counts[i] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(1000);
            }
            assertSameTree(profile(stacks, counts, 400));
        }
    }

    @Test
    void wideNodeKeepsNodeOrderAmongEqualTotals() {
        List<int[]> stacks = new ArrayList<>();
        long[] counts = new long[500];
        for (int i = 0; i < counts.length; i++) {
            stacks.add(new int[] {0, 1 + i});
            counts[i] = i % 3;
        }
        CallTree tree = CallTree.of(profile(stacks, counts, 501));
        int[] kids = tree.children(tree.children(CallTree.ROOT)[0]);
        assertEquals(500, kids.length);
        for (int k = 1; k < kids.length; k++) {
            long before = tree.total(kids[k - 1]);
            long after = tree.total(kids[k]);
            assertTrue(before > after || before == after && kids[k - 1] < kids[k], "at " + k);
        }
        assertSameTree(profile(stacks, counts, 501));
    }

    private static Profile profile(List<int[]> stacks, long[] counts, int frames) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            names.add("f" + i);
        }
        return new Profile("shapes", names, stacks, counts, Arrays.stream(counts).sum());
    }

    private static final class Node {
        final int frame;
        final Node parent;
        final Map<Integer, Node> children = new TreeMap<>();
        int id;
        long self;
        long total;

        Node(int frame, Node parent) {
            this.frame = frame;
            this.parent = parent;
        }
    }

    /** Nodes are numbered depth first, children in frame id order; children are listed hottest first. */
    private static void assertSameTree(Profile profile) {
        Node root = new Node(-1, null);
        for (int s = 0; s < profile.stacks().size(); s++) {
            Node node = root;
            root.total += profile.counts()[s];
            for (int f : profile.stacks().get(s)) {
                int parentFrame = f;
                Node parent = node;
                node = node.children.computeIfAbsent(f, k -> new Node(parentFrame, parent));
                node.total += profile.counts()[s];
            }
            node.self += profile.counts()[s];
        }
        List<Node> nodes = new ArrayList<>();
        number(root, nodes);
        CallTree tree = CallTree.of(profile);
        assertEquals(nodes.size(), tree.size());
        for (Node node : nodes) {
            int n = node.id;
            assertEquals(node.frame, tree.frameId(n));
            assertEquals(node.parent == null ? -1 : node.parent.id, tree.parent(n));
            assertEquals(node.self, tree.self(n));
            assertEquals(node.total, tree.total(n));
            assertEquals(node.parent == null ? 0 : tree.depth(node.parent.id) + 1, tree.depth(n));
            int[] hottestFirst = node.children.values().stream()
                .sorted(Comparator.comparingLong((Node c) -> -c.total).thenComparingInt(c -> c.id))
                .mapToInt(c -> c.id).toArray();
            assertArrayEquals(hottestFirst, tree.children(n), "children of " + n);
        }
    }

    private static void number(Node root, List<Node> nodes) {
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            node.id = nodes.size();
            nodes.add(node);
            List<Node> kids = new ArrayList<>(node.children.values());
            for (int k = kids.size() - 1; k >= 0; k--) {
                pending.add(kids.get(k));
            }
        }
    }
}
