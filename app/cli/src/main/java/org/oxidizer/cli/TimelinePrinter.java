package org.oxidizer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileDiff;
import org.oxidizer.core.profile.Timeline;

/** A recording's time line for a terminal (one row of bars per thread), and two of its ranges compared. */
final class TimelinePrinter {

    private static final char[] BARS = {' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private final PrintStream out;

    TimelinePrinter(PrintStream out) {
        this.out = out;
    }

    /** Events over time: the whole process, then the busiest threads, each column the same slice of time. */
    void print(Timeline line, int columns, int threads) {
        Timeline.Lanes lanes = line.lanes(columns, threads);
        String unit = line.whole().unit().word();
        out.printf(Locale.ROOT, "time line: %.1f s, %,d events, %,d %s; each column %.2f s, bars to the busiest column"
            + " of the row%n", line.durationNanos() / 1e9, line.events(), line.whole().totalSamples(), unit,
            lanes.bucketNanos() / 1e9);
        int width = 24;
        out.printf(Locale.ROOT, "%-" + width + "s|%s| peak %,d%n", "all threads", bars(lanes.total()), max(lanes.total()));
        for (int t = 0; t < lanes.threads().size(); t++) {
            long[] row = lanes.perThread().get(t);
            out.printf(Locale.ROOT, "%-" + width + "s|%s| peak %,d%n", shorten(lanes.threads().get(t), width), bars(row), max(row));
        }
        out.printf(Locale.ROOT, "%-" + width + "s 0 s%" + (columns - 3) + "s%n", "", String.format(Locale.ROOT, "%.1f s",
            line.durationNanos() / 1e9));
        for (Timeline.Mark m : line.marks()) {
            int col = (int) Math.min(columns - 1, m.atNanos() / lanes.bucketNanos());
            out.printf(Locale.ROOT, "%-" + width + "s %s^ %.1f s: %s%n", "", " ".repeat(col), m.atNanos() / 1e9, m.label());
        }
    }

    /** The frames whose share moved most between two ranges, in percentage points of each range's own total. */
    void printDiff(Profile first, Profile second, int top) {
        out.printf(Locale.ROOT, "A = %s: %,d %s; B = %s: %,d %s%n", first.source(), first.totalSamples(), first.unit().word(),
            second.source(), second.totalSamples(), second.unit().word());
        if (first.totalSamples() == 0 || second.totalSamples() == 0) {
            out.println("one of the ranges holds no events; nothing to compare");
            return;
        }
        out.println("frames whose total share moved most from A to B (percentage points; self% in brackets):");
        out.printf(Locale.ROOT, "%8s %8s %8s  %s%n", "A total%", "B total%", "change", "frame");
        List<ProfileDiff.FrameDelta> deltas = ProfileDiff.frames(first, second).stream()
            .filter(d -> !Profile.isThreadFrame(d.frame())).limit(top).toList();
        for (ProfileDiff.FrameDelta d : deltas) {
            out.printf(Locale.ROOT, "%8.1f %8.1f %+8.1f  %s (%.1f -> %.1f)%n", d.beforeTotal(), d.afterTotal(), d.totalDelta(),
                d.frame(), d.beforeSelf(), d.afterSelf());
        }
    }

    private static String bars(long[] row) {
        long max = max(row);
        StringBuilder s = new StringBuilder(row.length);
        for (long v : row) {
            s.append(v == 0 || max == 0 ? BARS[0] : BARS[(int) Math.max(1, Math.round(8.0 * v / max))]);
        }
        return s.toString();
    }

    private static long max(long[] row) {
        long m = 0;
        for (long v : row) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
