package org.oxidizer.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A profile's samples in time: every event of a JFR recording with its moment, its stack (an index into the whole
 * profile's stacks, thread root first) and its weight (1 for a sample, bytes for a malloc). From it: the profile of
 * any range ({@link #between}), the samples per thread over time ({@link #lanes}), and named moments such as a live
 * swap ({@link #marks}). A collapsed-stacks file has no moments: {@link #none} says so and the rest of the workbench
 * keeps working on the whole profile.
 */
public final class Timeline {

    /** A named moment, in nanoseconds since the recording began ("swap of WordFrequency.wordFrequencies"). */
    public record Mark(long atNanos, String label) {
    }

    /**
     * Samples per time bucket: the whole process and each thread (busiest first, at most the number asked for; the
     * rest are only in {@code total}).
     */
    public record Lanes(long bucketNanos, long[] total, List<String> threads, List<long[]> perThread) {

        public long max() {
            long m = 0;
            for (long v : total) {
                m = Math.max(m, v);
            }
            return m;
        }
    }

    private final Profile whole;
    private final long startEpochNanos;
    private final long durationNanos;
    private final long[] times;
    private final int[] stacks;
    private final long[] weights;
    private final List<Mark> marks;
    private final String whyNone;

    private Timeline(Profile whole, long startEpochNanos, long durationNanos, long[] times, int[] stacks, long[] weights,
                     List<Mark> marks, String whyNone) {
        this.whole = whole;
        this.startEpochNanos = startEpochNanos;
        this.durationNanos = durationNanos;
        this.times = times;
        this.stacks = stacks;
        this.weights = weights;
        this.marks = List.copyOf(marks);
        this.whyNone = whyNone;
    }

    /** A profile without moments (collapsed stacks, a recording without events); {@code why} is said to the user. */
    public static Timeline none(Profile whole, String why) {
        return new Timeline(whole, 0, 0, new long[0], new int[0], null, List.of(), why);
    }

    /**
     * Events as read; they need not be in order (a recording's buffers are flushed per thread).
     *
     * @param epochNanos each event's moment, nanoseconds since 1970
     * @param stacks     each event's stack, an index into {@code whole.stacks()}
     * @param weights    each event's weight; null when every event weighs 1
     * @param startEpochNanos the recording's start (time 0); events before it move it back
     * @param endEpochNanos   the recording's end; events after it move it on
     */
    public static Timeline of(Profile whole, long[] epochNanos, int[] stacks, long[] weights, long startEpochNanos, long endEpochNanos) {
        int n = epochNanos.length;
        if (n == 0) {
            return none(whole, "the recording holds no events of this kind, so there is no time line");
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, epochNanos[i]);
            last = Math.max(last, epochNanos[i]);
            sorted &= i == 0 || epochNanos[i - 1] <= epochNanos[i];
        }
        long start = startEpochNanos > 0 ? Math.min(startEpochNanos, first) : first;
        long end = Math.max(endEpochNanos, last);
        long[] t = new long[n];
        int[] s = new int[n];
        long[] w = weights == null ? null : new long[n];
        int[] order = sorted ? null : Order.byValue(epochNanos);
        for (int i = 0; i < n; i++) {
            int from = order == null ? i : order[i];
            t[i] = epochNanos[from] - start;
            s[i] = stacks[from];
            if (w != null) {
                w[i] = weights[from];
            }
        }
        return new Timeline(whole, start, Math.max(1, end - start), t, s, w, List.of(), null);
    }

    public boolean hasTimes() {
        return whyNone == null;
    }

    /** Why there is no time line (null when there is one). */
    public String whyNone() {
        return whyNone;
    }

    /** The whole profile, every event; its stacks start with their thread. */
    public Profile whole() {
        return whole;
    }

    public long durationNanos() {
        return durationNanos;
    }

    /** The moment time 0 stands for, nanoseconds since 1970 (0 without a time line). */
    public long startEpochNanos() {
        return startEpochNanos;
    }

    public int events() {
        return times.length;
    }

    public List<Mark> marks() {
        return marks;
    }

    /** The same time line with moments named; marks given in epoch nanoseconds, outside the recording dropped. */
    public Timeline withMarksAt(List<Mark> epochMarks) {
        List<Mark> all = new ArrayList<>(marks);
        for (Mark m : epochMarks) {
            long at = m.atNanos() - startEpochNanos;
            if (hasTimes() && at >= 0 && at <= durationNanos) {
                all.add(new Mark(at, m.label()));
            }
        }
        all.sort(Comparator.comparingLong(Mark::atNanos));
        return new Timeline(whole, startEpochNanos, durationNanos, times, stacks, weights, all, whyNone);
    }

    /**
     * The profile of the events in {@code [fromNanos, toNanos)} (since the recording began), with only the frames its
     * stacks use; without a time line, the whole profile. Reads only the range's events.
     */
    public Profile between(long fromNanos, long toNanos) {
        if (!hasTimes()) {
            return whole;
        }
        int lo = firstAtOrAfter(fromNanos);
        int hi = firstAtOrAfter(toNanos);
        long[] counts = new long[whole.stacks().size()];
        long total = 0;
        for (int i = lo; i < hi; i++) {
            long w = weights == null ? 1 : weights[i];
            counts[stacks[i]] += w;
            total += w;
        }
        int used = 0;
        for (long c : counts) {
            if (c != 0) {
                used++;
            }
        }
        // Only the frames the range's stacks use: what is done with the range (categories, hot methods) is then
        // proportional to the range, not to the whole recording's frames.
        int[] newId = new int[whole.frames().size()];
        java.util.Arrays.fill(newId, -1);
        List<String> frames = new ArrayList<>();
        List<int[]> kept = new ArrayList<>(used);
        long[] keptCounts = new long[used];
        int k = 0;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] != 0) {
                int[] stack = whole.stacks().get(s).clone();
                for (int i = 0; i < stack.length; i++) {
                    int old = stack[i];
                    if (newId[old] < 0) {
                        newId[old] = frames.size();
                        frames.add(whole.frame(old));
                    }
                    stack[i] = newId[old];
                }
                kept.add(stack);
                keptCounts[k++] = counts[s];
            }
        }
        String source = whole.source() + " [" + seconds(fromNanos) + "-" + seconds(Math.min(toNanos, durationNanos)) + " s]";
        return new Profile(source, frames, kept, keptCounts, total, whole.unit());
    }

    /** Events per time bucket over the whole recording, for the whole process and the busiest threads. */
    public Lanes lanes(int buckets, int maxThreads) {
        int b = Math.max(1, buckets);
        long bucketNanos = Math.max(1, (durationNanos + b - 1) / b);
        long[] total = new long[b];
        // Each stack's thread lane: the thread frames ranked by their weight.
        List<int[]> all = whole.stacks();
        int[] laneOfStack = new int[all.size()];
        List<String> threadNames = new ArrayList<>();
        java.util.Map<Integer, Integer> threadIds = new java.util.HashMap<>();
        long[] threadWeights = new long[all.size() + 1];
        for (int s = 0; s < all.size(); s++) {
            int[] stack = all.get(s);
            int frame = stack.length > 0 && Profile.isThreadFrame(whole.frame(stack[0])) ? stack[0] : -1;
            Integer lane = threadIds.get(frame);
            if (lane == null) {
                lane = threadNames.size();
                threadIds.put(frame, lane);
                threadNames.add(frame < 0 ? "[no thread]" : whole.frame(frame));
            }
            laneOfStack[s] = lane;
            threadWeights[lane] += whole.counts()[s];
        }
        Integer[] ranked = new Integer[threadNames.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, Comparator.comparingLong((Integer i) -> threadWeights[i]).reversed().thenComparing(i -> i));
        int shown = Math.min(Math.max(0, maxThreads), ranked.length);
        int[] row = new int[threadNames.size()];
        Arrays.fill(row, -1);
        List<String> names = new ArrayList<>(shown);
        List<long[]> perThread = new ArrayList<>(shown);
        for (int r = 0; r < shown; r++) {
            row[ranked[r]] = r;
            names.add(threadNames.get(ranked[r]));
            perThread.add(new long[b]);
        }
        for (int i = 0; i < times.length; i++) {
            int bucket = (int) Math.min(b - 1, times[i] / bucketNanos);
            long w = weights == null ? 1 : weights[i];
            total[bucket] += w;
            int r = row[laneOfStack[stacks[i]]];
            if (r >= 0) {
                perThread.get(r)[bucket] += w;
            }
        }
        return new Lanes(bucketNanos, total, names, perThread);
    }

    private int firstAtOrAfter(long nanos) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < nanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    /** A stable ordering of indices by a long value, without boxing (events arrive nearly sorted). */
    static final class Order {

        private Order() {
        }

        static int[] byValue(long[] values) {
            int n = values.length;
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            int[] b = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        b[k++] = values[a[j]] < values[a[i]] ? a[j++] : a[i++];
                    }
                    while (i < mid) {
                        b[k++] = a[i++];
                    }
                    while (j < hi) {
                        b[k++] = a[j++];
                    }
                }
                int[] swap = a;
                a = b;
                b = swap;
            }
            return a;
        }
    }
}
