package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The flat hot-method list of a profile: self and total share per frame. */
public final class HotMethods {

    private HotMethods() {
    }

    /** All frames, hottest first by total share (ties broken by self share). */
    public static List<Hotspot> byTotal(Profile profile) {
        return rank(profile, Comparator.comparingLong(Hotspot::totalSamples).thenComparingLong(Hotspot::selfSamples));
    }

    /** All frames that ran themselves, hottest first by self share. */
    public static List<Hotspot> bySelf(Profile profile) {
        List<Hotspot> ranked = rank(profile, Comparator.comparingLong(Hotspot::selfSamples).thenComparingLong(Hotspot::totalSamples));
        ranked.removeIf(h -> h.selfSamples() == 0);
        return ranked;
    }

    /** The {@code limit} frames with the largest self share. */
    public static List<Hotspot> topBySelf(Profile profile, int limit) {
        List<Hotspot> all = bySelf(profile);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static List<Hotspot> rank(Profile profile, Comparator<Hotspot> order) {
        int n = profile.frames().size();
        long[] self = new long[n];
        long[] total = new long[n];
        int[] lastSeen = new int[n];
        java.util.Arrays.fill(lastSeen, -1);
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            long count = profile.counts()[s];
            if (stack.length == 0) {
                continue;
            }
            self[stack[stack.length - 1]] += count;
            for (int frame : stack) {
                if (lastSeen[frame] != s) {      // recursion counts once per stack
                    lastSeen[frame] = s;
                    total[frame] += count;
                }
            }
        }
        double all = Math.max(1, profile.totalSamples());
        List<Hotspot> hotspots = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            if (total[f] > 0 && !Profile.isThreadFrame(profile.frame(f))) {
                hotspots.add(new Hotspot(profile.frame(f), self[f], total[f], 100.0 * self[f] / all, 100.0 * total[f] / all));
            }
        }
        hotspots.sort(order.reversed());
        return hotspots;
    }
}
