package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ThreadViews;

/** Prints one profile for a terminal: the one-line diagnosis first, then the hot methods. */
final class ProfilePrinter {

    private final PrintStream out;

    ProfilePrinter(PrintStream out) {
        this.out = out;
    }

    void print(Profile profile, CategoryRules rules, int top) {
        List<ThreadViews.ThreadShare> threads = ThreadViews.threads(profile);
        out.printf(Locale.ROOT, "%s: %d samples, %d distinct stacks, %d frames%s%n", profile.source(), profile.totalSamples(),
            profile.stacks().size(), profile.frames().size(), threads.isEmpty() ? "" : ", " + threads.size() + " threads");
        out.println("diagnosis: " + CategoryBreakdown.of(profile, rules).diagnosis());
        out.printf(Locale.ROOT, "%7s %7s %10s  %s%n", "self%", "total%", "samples", "method");
        for (Hotspot h : HotMethods.topBySelf(profile, top)) {
            out.printf(Locale.ROOT, "%7.1f %7.1f %10d  %s%n", h.selfPercent(), h.totalPercent(), h.selfSamples(), h.frame());
        }
    }
}
