package org.oxidizer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.ProfileFormatException;
import picocli.CommandLine.Option;

/** Options shared by the commands that show a profile. */
final class ProfileOptions {

    @Option(names = "--top", description = "How many methods to list (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--raw-frames", description = "List every frame that ran itself (kernel, JVM, JDK included) instead of"
        + " the application's own methods.")
    boolean rawFrames;

    @Option(names = "--thread", paramLabel = "NAME", description = "Only samples of threads whose name contains NAME.")
    String thread;

    @Option(names = "--callers", paramLabel = "METHOD", description = "Instead of the hot methods, the back traces of the"
        + " method whose frame is or contains METHOD: who calls it, merged from every stack it is on.")
    String callers;

    @Option(names = "--callees", paramLabel = "METHOD", description = "Instead of the hot methods, the merged callees of"
        + " METHOD: what it calls, merged from every place it is called from.")
    String callees;

    @Option(names = "--depth", defaultValue = "12", description = "With --callers or --callees: levels shown (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--categories", paramLabel = "FILE",
        description = "Extra category rules, one 'category: frame-glob' per line; they win over the defaults.")
    Path categories;

    /** Prints what these options ask for: the method's back traces or merged callees, else the diagnosis and hot methods. */
    void print(org.oxidizer.core.profile.Profile profile, java.io.PrintStream out) throws IOException, ProfileFormatException {
        print(profile, out, "samples");
    }

    /** @param unit what the profile's weights count: "samples", or "bytes" for native memory */
    void print(org.oxidizer.core.profile.Profile profile, java.io.PrintStream out, String unit)
            throws IOException, ProfileFormatException {
        if (thread != null) {
            profile = org.oxidizer.core.profile.ThreadViews.forThread(profile, thread);
        }
        ProfilePrinter printer = new ProfilePrinter(out, unit);
        if (callers != null || callees != null) {
            String frame = org.oxidizer.core.profile.MethodViews.frame(profile, callers != null ? callers : callees);
            printer.printTree(callers != null ? org.oxidizer.core.profile.MethodViews.callers(profile, frame)
                : org.oxidizer.core.profile.MethodViews.callees(profile, frame), profile.totalSamples(), callers != null, depth);
            return;
        }
        printer.print(profile, rules(), top, rawFrames);
    }

    CategoryRules rules() throws IOException, ProfileFormatException {
        return categories == null ? CategoryRules.defaults()
            : CategoryRules.withUserRules(CategoryRules.readUserRules(categories));
    }
}
