package org.oxidizer.gui.hotspots;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.oxidizer.core.bench.Medians;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.Timeline;
import org.oxidizer.gui.flame.FlameGraphBench;

/**
 * The Hotspots step's time line on a large recording: the profile's samples spread over ten minutes and eight threads,
 * first paint (bucketing every event, drawing, rendering) and re-slicing a range (the range's profile, then with its
 * hot-method analysis and flame model as the step shows them). Goals: first paint under 1 s, re-slice under 100 ms.
 * Part of {@code oxidizer bench flame}.
 */
public final class TimelineBench {

    private static final long MINUTE = 60_000_000_000L;

    private TimelineBench() {
    }

    public static void run(Profile profile, int width, int rounds, PrintStream out) throws Exception {
        Timeline line = spread(profile, 10 * MINUTE, 8, 42);
        out.printf(Locale.ROOT, "time line: %,d events over %.0f min, %d threads%n", line.events(), line.durationNanos() / 6e10,
            8);
        double[] lanes = new double[rounds];
        double[] drawn = new double[rounds];
        double[] rendered = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            TimelineCanvas[] made = new TimelineCanvas[1];
            long t0 = System.nanoTime();
            Timeline.Lanes l = line.lanes((int) (width - TimelineCanvas.LABEL_WIDTH), TimelineCanvas.MAX_THREADS);
            long t1 = System.nanoTime();
            FlameGraphBench.onFx(() -> {
                TimelineCanvas c = new TimelineCanvas();
                c.resize(width, TimelineCanvas.preferredHeight(TimelineCanvas.MAX_THREADS));
                c.layout();
                c.setTimeline(line);
                made[0] = c;
                return c;
            });
            long t2 = System.nanoTime();
            FlameGraphBench.onFx(() -> made[0].snapshot(null, null));
            long t3 = System.nanoTime();
            lanes[r] = ms(t1 - t0);
            drawn[r] = ms(t2 - t0);
            rendered[r] = ms(t3 - t0);
            if (l.total().length == 0) {
                throw new IllegalStateException("no columns");
            }
        }
        out.printf(Locale.ROOT, "time line first paint: bucketed %.0f ms, drawn %.0f ms, rendered %.0f ms (median of %d; goal < 1000 ms)%n",
            Medians.median(lanes), Medians.median(drawn), Medians.median(rendered), rounds);
        SplittableRandom random = new SplittableRandom(3);
        int n = 40;
        double[] slice = new double[n];
        double[] analysed = new double[n];
        for (int i = 0; i < n; i++) {
            long from = random.nextLong(9 * MINUTE);
            long to = from + MINUTE / 2 + random.nextLong(MINUTE / 2);
            long t0 = System.nanoTime();
            Profile part = line.between(from, to);
            long t1 = System.nanoTime();
            HotspotsAnalysis.of(part);
            long t2 = System.nanoTime();
            slice[i] = ms(t1 - t0);
            analysed[i] = ms(t2 - t0);
        }
        out.printf(Locale.ROOT, "re-slice a 30-60 s range: its profile %.1f ms, with its hot methods, categories and flame"
            + " model %.0f ms (median of %d; goal < 100 ms)%n", Medians.median(slice), Medians.median(analysed), n);
        double[] whole = new double[5];
        for (int i = 0; i < whole.length; i++) {
            long t0 = System.nanoTime();
            line.between(0, Long.MAX_VALUE);
            whole[i] = ms(System.nanoTime() - t0);
        }
        out.printf(Locale.ROOT, "re-slice the whole recording: its profile %.1f ms (median of %d)%n", Medians.median(whole), whole.length);
    }

    /** The profile's samples as events spread evenly at random over {@code duration}, each stack on one of the threads. */
    static Timeline spread(Profile profile, long duration, int threads, long seed) {
        List<String> frames = new ArrayList<>(profile.frames());
        int firstThread = frames.size();
        for (int t = 0; t < threads; t++) {
            frames.add("[worker-" + t + " tid=" + (1000 + t) + "]");
        }
        List<int[]> stacks = new ArrayList<>(profile.stacks().size());
        int events = (int) profile.totalSamples();
        long[] times = new long[events];
        int[] stackOf = new int[events];
        SplittableRandom random = new SplittableRandom(seed);
        long start = 1_700_000_000_000_000_000L;
        int e = 0;
        for (int s = 0; s < profile.stacks().size(); s++) {
            int[] old = profile.stacks().get(s);
            int[] stack = new int[old.length + 1];
            stack[0] = firstThread + s % threads;
            System.arraycopy(old, 0, stack, 1, old.length);
            stacks.add(stack);
            for (long c = 0; c < profile.counts()[s]; c++) {
                times[e] = start + random.nextLong(duration);
                stackOf[e++] = s;
            }
        }
        Profile whole = new Profile(profile.source(), frames, stacks, profile.counts(), profile.totalSamples());
        return Timeline.of(whole, times, stackOf, null, start, start + duration);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
