package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two profiles of the same workload side by side: per frame, its share before and after (shares, not
 * samples, since the runs differ in length), and a merged call tree for the differential flame graph.
 */
public final class ProfileDiff {

    /** One frame's shares in both profiles, in percent of each profile's samples. */
    public record FrameDelta(String frame, double beforeSelf, double afterSelf, double beforeTotal, double afterTotal) {

        /** Percentage points gained (positive) or lost (negative) in total share. */
        public double totalDelta() {
            return afterTotal - beforeTotal;
        }
    }

    /**
     * A node of the merged tree: one call path, with its total share in each profile. A path that only
     * one side has shows 0 on the other: what disappeared, and what appeared (kernel frames).
     */
    public record DiffNode(String frame, double beforeTotal, double afterTotal, List<DiffNode> children) {
    }

    private ProfileDiff() {
    }

    /** Every frame of either profile, the biggest movers first. */
    public static List<FrameDelta> frames(Profile before, Profile after) {
        Map<String, Hotspot> b = byFrame(HotMethods.byTotal(before));
        Map<String, Hotspot> a = byFrame(HotMethods.byTotal(after));
        Set<String> all = new LinkedHashSet<>(b.keySet());
        all.addAll(a.keySet());
        List<FrameDelta> deltas = new ArrayList<>();
        for (String f : all) {
            Hotspot hb = b.get(f);
            Hotspot ha = a.get(f);
            deltas.add(new FrameDelta(f, hb == null ? 0 : hb.selfPercent(), ha == null ? 0 : ha.selfPercent(),
                hb == null ? 0 : hb.totalPercent(), ha == null ? 0 : ha.totalPercent()));
        }
        deltas.sort(Comparator.comparingDouble((FrameDelta d) -> Math.abs(d.totalDelta())).reversed());
        return deltas;
    }

    /** The merged call tree (thread roots merged away), children hottest first by their larger share. */
    public static DiffNode tree(Profile before, Profile after) {
        MutableNode root = new MutableNode("all");
        add(root, ThreadViews.withoutThreads(before), 0);
        add(root, ThreadViews.withoutThreads(after), 1);
        return root.freeze(Math.max(1, before.totalSamples()), Math.max(1, after.totalSamples()));
    }

    private static void add(MutableNode root, Profile profile, int side) {
        for (int s = 0; s < profile.stacks().size(); s++) {
            long count = profile.counts()[s];
            MutableNode node = root;
            node.totals[side] += count;
            for (int f : profile.stacks().get(s)) {
                node = node.children.computeIfAbsent(profile.frame(f), MutableNode::new);
                node.totals[side] += count;
            }
        }
    }

    private static Map<String, Hotspot> byFrame(List<Hotspot> hotspots) {
        Map<String, Hotspot> map = new HashMap<>();
        hotspots.forEach(h -> map.put(h.frame(), h));
        return map;
    }

    private static final class MutableNode {
        final String frame;
        final long[] totals = new long[2];
        final Map<String, MutableNode> children = new HashMap<>();

        MutableNode(String frame) {
            this.frame = frame;
        }

        DiffNode freeze(long beforeAll, long afterAll) {
            List<DiffNode> kids = new ArrayList<>(children.size());
            for (MutableNode c : children.values()) {
                kids.add(c.freeze(beforeAll, afterAll));
            }
            kids.sort(Comparator.comparingDouble((DiffNode n) -> Math.max(n.beforeTotal(), n.afterTotal())).reversed());
            return new DiffNode(frame, 100.0 * totals[0] / beforeAll, 100.0 * totals[1] / afterAll, List.copyOf(kids));
        }
    }
}
