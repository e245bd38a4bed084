package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.profile.ApplicationMethods;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ThreadViews;

/** Prints one profile for a terminal: the one-line diagnosis first, then the hot methods. */
final class ProfilePrinter {

    private final PrintStream out;

    ProfilePrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * @param rawFrames list every frame that ran itself, as async-profiler ranks them; otherwise the application's
     *                  own methods, each charged with the JDK, JVM and native time it called
     */
    void print(Profile profile, CategoryRules rules, int top, boolean rawFrames) {
        String unit = profile.unit().word();
        List<ThreadViews.ThreadShare> threads = ThreadViews.threads(profile);
        out.printf(Locale.ROOT, "%s: %d %s, %d distinct stacks, %d frames%s%n", profile.source(), profile.totalSamples(), unit,
            profile.stacks().size(), profile.frames().size(), threads.isEmpty() ? "" : ", " + threads.size() + " threads");
        out.println("diagnosis: " + CategoryBreakdown.of(profile, rules).diagnosis());
        List<HotMethodRow> rows;
        if (rawFrames) {
            rows = ApplicationMethods.allFrames(profile, rules);
            out.println("every frame by its own " + unit + " (--raw-frames):");
        } else {
            ApplicationMethods.Attribution a = ApplicationMethods.of(profile, rules);
            rows = a.rows();
            out.printf(Locale.ROOT, "application methods, each with the JDK/JVM/native %s it called; %.1f%% of %s had"
                + " no application frame (GC, JIT, ...); --raw-frames lists every frame%n",
                profile.unit() == Profile.Unit.SAMPLES ? "time" : "allocations", a.platformOnlyPercent(), unit);
        }
        out.printf(Locale.ROOT, "%7s %7s %10s  %-12s %s%n", "self%", "total%", unit, "category", "method");
        for (HotMethodRow r : rows.subList(0, Math.min(top, rows.size()))) {
            out.printf(Locale.ROOT, "%7.1f %7.1f %10d  %-12s %s%n", r.selfPercent(), r.totalPercent(), r.selfSamples(),
                r.category(), r.method());
        }
    }

    /**
     * A method's back traces or merged callees as an indented tree: each node's samples as a share of the whole
     * profile, children by samples, nodes under 0.5% of the method's own samples left out (said at the end).
     */
    void printTree(Profile view, long profileSamples, boolean callers, int maxDepth) {
        org.oxidizer.core.profile.CallTree tree = org.oxidizer.core.profile.CallTree.of(view);
        long total = view.totalSamples();
        String unit = view.unit().word();
        if (total == 0) {
            out.println("the method is on no sampled stack");
            return;
        }
        out.printf(java.util.Locale.ROOT, "%s of %s: on %d of %d %s (%.1f%%)%n", callers ? "back traces" : "merged callees",
            view.frame(view.stacks().get(0)[0]), total, profileSamples, unit, 100.0 * total / Math.max(1, profileSamples));
        out.println(callers ? " total%  the method, and under each line the methods that call it"
            : " total%   self%  the method, and under each line the methods it calls");
        long[] hidden = {0};
        for (int child : tree.children(org.oxidizer.core.profile.CallTree.ROOT)) {
            printNode(tree, child, 0, total, profileSamples, maxDepth, hidden, !callers);
        }
        if (hidden[0] > 0) {
            out.printf(java.util.Locale.ROOT, "  (%d smaller branches under 0.5%% of the method's samples, or deeper than %d levels, left out)%n",
                hidden[0], maxDepth);
        }
    }

    private void printNode(org.oxidizer.core.profile.CallTree tree, int node, int depth, long methodSamples, long profileSamples,
                           int maxDepth, long[] hidden, boolean withSelf) {
        String self = withSelf ? String.format(java.util.Locale.ROOT, " %6.1f%%", 100.0 * tree.self(node) / Math.max(1, profileSamples)) : "";
        out.printf(java.util.Locale.ROOT, "%6.1f%%%s  %s%s%n", 100.0 * tree.total(node) / Math.max(1, profileSamples), self,
            "  ".repeat(depth), tree.name(node));
        int[] children = tree.children(node).clone();
        java.util.Arrays.sort(children);
        Integer[] order = java.util.Arrays.stream(children).boxed()
            .sorted((a, b) -> Long.compare(tree.total(b), tree.total(a))).toArray(Integer[]::new);
        for (int child : order) {
            if (depth + 1 >= maxDepth || tree.total(child) * 200 < methodSamples) {
                hidden[0]++;
                continue;
            }
            printNode(tree, child, depth + 1, methodSamples, profileSamples, maxDepth, hidden, withSelf);
        }
    }
}
