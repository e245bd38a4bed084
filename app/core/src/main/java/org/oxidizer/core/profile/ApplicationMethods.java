package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application view of a profile: each sample is charged to the innermost frame of the application's
 * own code, so a method that spends its time in regex and HashMap calls shows that time as its own (as
 * JProfiler's hot spots do with unprofiled classes). That method is what a kernel can replace, callers
 * unchanged. Samples without any application frame (GC, JIT compiler) are counted apart.
 */
public final class ApplicationMethods {

    private static final String[] PLATFORM_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.oxidizer.agent.",
        "one.profiler."};

    /** The rows and the share of samples that had no application frame at all. */
    public record Attribution(List<HotMethodRow> rows, double platformOnlyPercent) {
    }

    private ApplicationMethods() {
    }

    public static boolean isApplicationFrame(String frame) {
        if (frame.isEmpty() || frame.charAt(0) == '[' || frame.charAt(0) == '/' || frame.contains("::") || frame.contains(" ")
            || frame.endsWith("_[k]") || frame.endsWith("_[j]") || frame.endsWith("_[i]") || isLibraryName(frame)) {
            return false;
        }
        int dot = frame.lastIndexOf('.');
        if (dot <= 0 || dot == frame.length() - 1) {
            return false;
        }
        for (String prefix : PLATFORM_PREFIXES) {
            if (frame.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A native library async-profiler could not symbolize ({@code libc.so.6}, {@code libjvm.so}), or a C function the
     * compiler cloned ({@code d_demangle_callback.constprop.22}, {@code merge_stack.constprop.0.isra.0}): dots, but native.
     */
    private static boolean isLibraryName(String frame) {
        return frame.endsWith(".so") || frame.contains(".so.") || frame.contains(".constprop.") || frame.contains(".isra.")
            || frame.contains(".part.") || frame.endsWith(".cold") || frame.contains(".lto_priv.");
    }

    public static Attribution of(Profile profile, CategoryRules rules) {
        int n = profile.frames().size();
        boolean[] app = new boolean[n];
        for (int f = 0; f < n; f++) {
            app[f] = isApplicationFrame(profile.frame(f));
        }
        long[] own = new long[n];
        long platformOnly = 0;
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            long count = profile.counts()[s];
            int i = stack.length - 1;
            while (i >= 0 && !app[stack[i]]) {
                i--;
            }
            if (i >= 0) {
                own[stack[i]] += count;
            } else {
                platformOnly += count;
            }
        }
        Map<String, Hotspot> totals = new HashMap<>();
        for (Hotspot h : HotMethods.byTotal(profile)) {
            totals.put(h.frame(), h);
        }
        double all = Math.max(1, profile.totalSamples());
        List<HotMethodRow> rows = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            if (own[f] > 0) {
                String frame = profile.frame(f);
                Hotspot total = totals.get(frame);
                long totalSamples = total == null ? own[f] : total.totalSamples();
                rows.add(new HotMethodRow(frame, 100 * own[f] / all, 100 * totalSamples / all, own[f], totalSamples,
                    category(rules, frame)));
            }
        }
        rows.sort(Comparator.comparingDouble(HotMethodRow::selfPercent).reversed());
        return new Attribution(rows, 100 * platformOnly / all);
    }

    /** The {@code limit} hottest application methods by their attributed share, as hotspots (for reports). */
    public static List<Hotspot> top(Profile profile, int limit) {
        List<Hotspot> top = new ArrayList<>();
        for (HotMethodRow r : of(profile, CategoryRules.defaults()).rows()) {
            if (top.size() == limit) {
                break;
            }
            top.add(new Hotspot(r.method(), r.selfSamples(), r.totalSamples(), r.selfPercent(), r.totalPercent()));
        }
        return top;
    }

    /** Every frame that ran itself, as async-profiler ranks them. */
    public static List<HotMethodRow> allFrames(Profile profile, CategoryRules rules) {
        List<HotMethodRow> rows = new ArrayList<>();
        for (Hotspot h : HotMethods.bySelf(profile)) {
            rows.add(new HotMethodRow(h.frame(), h.selfPercent(), h.totalPercent(), h.selfSamples(), h.totalSamples(),
                category(rules, h.frame())));
        }
        return rows;
    }

    private static String category(CategoryRules rules, String frame) {
        String c = rules.categoryOf(frame);
        return c == null ? "" : c;
    }
}
