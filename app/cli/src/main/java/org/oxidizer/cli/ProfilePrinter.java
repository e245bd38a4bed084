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
        List<ThreadViews.ThreadShare> threads = ThreadViews.threads(profile);
        out.printf(Locale.ROOT, "%s: %d samples, %d distinct stacks, %d frames%s%n", profile.source(), profile.totalSamples(),
            profile.stacks().size(), profile.frames().size(), threads.isEmpty() ? "" : ", " + threads.size() + " threads");
        out.println("diagnosis: " + CategoryBreakdown.of(profile, rules).diagnosis());
        List<HotMethodRow> rows;
        if (rawFrames) {
            rows = ApplicationMethods.allFrames(profile, rules);
            out.println("every frame by its own samples (--raw-frames):");
        } else {
            ApplicationMethods.Attribution a = ApplicationMethods.of(profile, rules);
            rows = a.rows();
            out.printf(Locale.ROOT, "application methods, each with the JDK/JVM/native time it called; %.1f%% of samples had"
                + " no application frame (GC, JIT, ...); --raw-frames lists every frame%n", a.platformOnlyPercent());
        }
        out.printf(Locale.ROOT, "%7s %7s %10s  %-12s %s%n", "self%", "total%", "samples", "category", "method");
        for (HotMethodRow r : rows.subList(0, Math.min(top, rows.size()))) {
            out.printf(Locale.ROOT, "%7.1f %7.1f %10d  %-12s %s%n", r.selfPercent(), r.totalPercent(), r.selfSamples(),
                r.category(), r.method());
        }
    }
}
