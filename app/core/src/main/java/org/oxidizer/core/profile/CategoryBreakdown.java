package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a profile's samples split over categories, and the one-line diagnosis people read first. */
public record CategoryBreakdown(List<Share> shares, long totalSamples) {

    /** One category's samples and share of all samples. */
    public record Share(String category, long samples, double percent) {
    }

    public static CategoryBreakdown of(Profile profile, CategoryRules rules) {
        String[] frameCategory = new String[profile.frames().size()];
        for (int f = 0; f < frameCategory.length; f++) {
            frameCategory[f] = rules.categoryOf(profile.frame(f));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] stack = profile.stacks().get(s);
            String category = CategoryRules.OTHER;
            for (int i = stack.length - 1; i >= 0; i--) {
                if (frameCategory[stack[i]] != null) {
                    category = frameCategory[stack[i]];
                    break;
                }
            }
            counts.merge(category, profile.counts()[s], Long::sum);
        }
        double all = Math.max(1, profile.totalSamples());
        List<Share> shares = new ArrayList<>();
        counts.forEach((c, n) -> shares.add(new Share(c, n, 100.0 * n / all)));
        shares.sort(Comparator.comparingLong(Share::samples).reversed());
        return new CategoryBreakdown(shares, profile.totalSamples());
    }

    /**
     * "48% regex, 19% GC, 12% kernel (OS), 21% other": categories of at least 5%, the rest folded
     * into other, so the sentence stays short enough to read at a glance.
     */
    public String diagnosis() {
        if (totalSamples == 0) {
            return "no samples";
        }
        List<String> parts = new ArrayList<>();
        double rest = 0;
        for (Share s : shares) {
            if (s.percent() >= 5 && !s.category().equals(CategoryRules.OTHER)) {
                parts.add(String.format(Locale.ROOT, "%.0f%% %s", s.percent(), s.category()));
            } else {
                rest += s.percent();
            }
        }
        if (rest >= 0.5) {
            parts.add(String.format(Locale.ROOT, "%.0f%% other", rest));
        }
        return parts.stream().collect(Collectors.joining(", "));
    }
}
