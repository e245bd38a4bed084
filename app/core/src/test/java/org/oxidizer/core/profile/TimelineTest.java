package org.oxidizer.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A time line slices exactly: ranges add up to the whole, lanes to the process, whatever order events came in. */
class TimelineTest {

    private static final long SECOND = 1_000_000_000L;

    /** Two threads: "main" runs a() for the first 10 s and b() after; "worker" runs c() all along. */
    private static Timeline twoPhases(boolean shuffled, long[] weights) {
        ProfileBuilder b = new ProfileBuilder("test");
        int a = b.addAt(new int[] {b.frame("[main tid=1]"), b.frame("run"), b.frame("a")}, 0);
        int bb = b.addAt(new int[] {b.frame("[main tid=1]"), b.frame("run"), b.frame("b")}, 0);
        int c = b.addAt(new int[] {b.frame("[worker tid=2]"), b.frame("c")}, 0);
        long start = 1_700_000_000L * SECOND;
        int n = 2000;
        long[] times = new long[n];
        int[] stacks = new int[n];
        for (int i = 0; i < n; i++) {
            long at = start + i * (20 * SECOND / n);
            times[i] = at;
            stacks[i] = i % 2 == 1 ? c : at - start < 10 * SECOND ? a : bb;
        }
        if (shuffled) {
            SplittableRandom r = new SplittableRandom(7);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                long t = times[i];
                times[i] = times[j];
                times[j] = t;
                int s = stacks[i];
                stacks[i] = stacks[j];
                stacks[j] = s;
            }
        }
        long[] counts = new long[3];
        for (int i = 0; i < n; i++) {
            counts[stacks[i]] += weights == null ? 1 : weights[i];
        }
        for (int s = 0; s < 3; s++) {
            b.addAt(b.build().stacks().get(s), counts[s]);
        }
        return Timeline.of(b.build(), times, stacks, weights, start, start + 20 * SECOND);
    }

    @Test
    void aRangeHoldsOnlyWhatRanInIt() {
        for (boolean shuffled : new boolean[] {false, true}) {
            Timeline line = twoPhases(shuffled, null);
            assertTrue(line.hasTimes());
            assertEquals(20 * SECOND, line.durationNanos());
            Profile first = line.between(0, 10 * SECOND);
            Profile second = line.between(10 * SECOND, 20 * SECOND);
            assertEquals(1000, first.totalSamples());
            assertEquals(1000, second.totalSamples());
            assertEquals(500, total(first, "a"));
            assertEquals(0, total(first, "b"));
            assertEquals(0, total(second, "a"));
            assertEquals(500, total(second, "b"));
            assertEquals(500, total(second, "c"));
            assertEquals(List.of("[main tid=1]", "run", "a", "[worker tid=2]", "c"), first.frames().stream().sorted(
                java.util.Comparator.comparing(line.whole().frames()::indexOf)).toList(), "a range keeps only the frames it uses");
            assertEquals(line.whole().totalSamples(), line.between(0, Long.MAX_VALUE).totalSamples());
        }
    }

    @Test
    void lanesCountEachThreadAndTheProcess() {
        Timeline line = twoPhases(true, null);
        Timeline.Lanes lanes = line.lanes(20, 8);
        assertEquals(List.of("[main tid=1]", "[worker tid=2]"), lanes.threads());
        assertEquals(SECOND, lanes.bucketNanos());
        long[] each = new long[20];
        java.util.Arrays.fill(each, 50);
        assertArrayEquals(each, lanes.perThread().get(0));
        assertArrayEquals(each, lanes.perThread().get(1));
        assertEquals(2000, java.util.Arrays.stream(lanes.total()).sum());
        Timeline.Lanes one = line.lanes(20, 1);
        assertEquals(1, one.threads().size());
        assertEquals(2000, java.util.Arrays.stream(one.total()).sum(), "threads left out still count in the process");
    }

    @Test
    void bytesWeighRangesByTheirBytes() {
        long[] weights = new long[2000];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < 1000 ? 10 : 1000;
        }
        Timeline line = twoPhases(false, weights);
        assertEquals(1000L * 10, line.between(0, 10 * SECOND).totalSamples());
        assertEquals(1000L * 1000, line.between(10 * SECOND, 20 * SECOND).totalSamples());
    }

    @Test
    void marksOutsideTheRecordingAreDropped() {
        Timeline line = twoPhases(false, null);
        long start = line.startEpochNanos();
        Timeline marked = line.withMarksAt(List.of(new Timeline.Mark(start + 12 * SECOND, "swap"),
            new Timeline.Mark(start - SECOND, "before it began"), new Timeline.Mark(start + 3 * SECOND, "capture")));
        assertEquals(List.of(new Timeline.Mark(3 * SECOND, "capture"), new Timeline.Mark(12 * SECOND, "swap")), marked.marks());
    }

    @Test
    void withoutMomentsTheWholeProfileStandsAndSaysWhy() {
        Profile p = twoPhases(false, null).whole();
        Timeline none = Timeline.none(p, ProfileFiles.NO_TIMES);
        assertFalse(none.hasTimes());
        assertEquals(ProfileFiles.NO_TIMES, none.whyNone());
        assertSame(p, none.between(0, SECOND));
        assertEquals(0, none.lanes(10, 4).max());
    }

    @Test
    void anySplitAddsUpToTheWhole() {
        SplittableRandom r = new SplittableRandom(11);
        for (boolean shuffled : new boolean[] {false, true}) {
            Timeline line = twoPhases(shuffled, null);
            for (int i = 0; i < 200; i++) {
                long cut = r.nextLong(21 * SECOND);
                assertEquals(line.whole().totalSamples(), line.between(0, cut).totalSamples()
                    + line.between(cut, Long.MAX_VALUE).totalSamples());
            }
        }
    }

    @Test
    void theOrderingIsStableAndSorted() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 100; round++) {
            long[] values = new long[r.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                values[i] = r.nextLong(50);
            }
            int[] order = Timeline.Order.byValue(values);
            for (int i = 1; i < order.length; i++) {
                assertTrue(values[order[i - 1]] < values[order[i]]
                    || values[order[i - 1]] == values[order[i]] && order[i - 1] < order[i]);
            }
        }
    }

    private static long total(Profile p, String frame) {
        return HotMethods.byTotal(p).stream().filter(h -> h.frame().equals(frame)).mapToLong(Hotspot::totalSamples).sum();
    }
}
