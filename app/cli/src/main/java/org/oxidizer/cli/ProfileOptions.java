package org.oxidizer.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.oxidizer.core.profile.CategoryRules;
import org.oxidizer.core.profile.ProfileFormatException;
import org.oxidizer.core.profile.Timeline;
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

    @Option(names = "--timeline", description = "Also print the time line: events per thread over the recording (needs a JFR"
        + " recording; collapsed stacks have no timestamps).")
    boolean timeline;

    @Option(names = "--from", paramLabel = "SECONDS", description = "Only events at or after SECONDS since the recording began.")
    Double from;

    @Option(names = "--to", paramLabel = "SECONDS", description = "Only events before SECONDS since the recording began.")
    Double to;

    @Option(names = "--against", paramLabel = "FROM-TO", description = "Compare the chosen range (--from/--to) with this"
        + " range of the same recording, e.g. 40-80: the methods whose share moved most, in percentage points.")
    String against;

    @Option(names = "--categories", paramLabel = "FILE",
        description = "Extra category rules, one 'category: frame-glob' per line; they win over the defaults.")
    Path categories;

    /** Prints what these options ask for: the method's back traces or merged callees, else the diagnosis and hot methods. */
    void print(org.oxidizer.core.profile.Profile profile, java.io.PrintStream out) throws IOException, ProfileFormatException {
        if (thread != null) {
            profile = org.oxidizer.core.profile.ThreadViews.forThread(profile, thread);
        }
        ProfilePrinter printer = new ProfilePrinter(out);
        if (callers != null || callees != null) {
            String frame = org.oxidizer.core.profile.MethodViews.frame(profile, callers != null ? callers : callees);
            printer.printTree(callers != null ? org.oxidizer.core.profile.MethodViews.callers(profile, frame)
                : org.oxidizer.core.profile.MethodViews.callees(profile, frame), profile.totalSamples(), callers != null, depth);
            return;
        }
        printer.print(profile, rules(), top, rawFrames);
    }

    /** Whether these options need the recording's moments (a time line, a range). */
    boolean wantsTimes() {
        return timeline || from != null || to != null || against != null;
    }

    /**
     * Prints what these options ask for from a time line: the time line itself, a range's profile, or two ranges
     * compared; without moments one sentence says so and the whole profile is shown.
     */
    void print(Timeline line, java.io.PrintStream out) throws IOException, ProfileFormatException {
        if (!line.hasTimes()) {
            out.println("no time line: " + line.whyNone() + "; showing the whole profile");
            print(line.whole(), out);
            return;
        }
        if (timeline) {
            new TimelinePrinter(out).print(line, 72, 8);
            out.println();
        }
        long lo = from == null ? 0 : nanos(from);
        long hi = to == null ? Long.MAX_VALUE : nanos(to);
        if (lo >= hi) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--from must be before --to");
        }
        org.oxidizer.core.profile.Profile range = line.between(lo, hi);
        if (against == null) {
            print(range, out);
            return;
        }
        long[] other = range(against);
        org.oxidizer.core.profile.Profile second = line.between(other[0], other[1]);
        new TimelinePrinter(out).printDiff(range, second, top);
    }

    private long[] range(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*([0-9.]+)\\s*-\\s*([0-9.]+)\\s*").matcher(text);
        if (!m.matches() || Double.parseDouble(m.group(1)) >= Double.parseDouble(m.group(2))) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--against takes FROM-TO in seconds, FROM before TO, e.g. 40-80 (got '" + text + "')");
        }
        return new long[] {nanos(Double.parseDouble(m.group(1))), nanos(Double.parseDouble(m.group(2)))};
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    CategoryRules rules() throws IOException, ProfileFormatException {
        return categories == null ? CategoryRules.defaults()
            : CategoryRules.withUserRules(CategoryRules.readUserRules(categories));
    }
}
