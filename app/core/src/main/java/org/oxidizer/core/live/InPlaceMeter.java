package org.oxidizer.core.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oxidizer.core.measure.ProcessTotals;

/**
 * The gain of a swap measured where it happens: every reading takes the routed method's own timers (per-call
 * time of the calls Java served and of those the kernel served since the last reading), its calls per second
 * and the process's CPU%. Before and after a swap are two parts of the same run, one time line.
 */
public final class InPlaceMeter {

    /** The mode of a reading taken while the method's callers were held for an A/B measurement. */
    public static final String HELD = "held";

    /** The mode of a reading taken while calls were being captured (each captured call pays for its copy). */
    public static final String CAPTURING = "capture";

    private final LiveSession session;
    private final String methodKey;
    private final long start = System.nanoTime();
    private final List<Point> points = new ArrayList<>();
    private RouteStatus last;
    private long lastAt;
    private long lastCpu = -1;
    private volatile RouteStatus current;
    /** Per mode ("observe", "swapped", ...): the Java calls' and the kernel's calls' time distributions, summed over readings. */
    private final java.util.Map<String, org.oxidizer.core.stats.LatencyHistogram[]> latency = new java.util.HashMap<>();

    /**
     * One reading over the time since the previous one.
     *
     * @param seconds            since the meter started
     * @param javaNanosPerCall   mean time of the calls Java served in that window, NaN when none
     * @param kernelNanosPerCall mean time of the calls the kernel served in it, NaN when none
     * @param cpuPercent         the whole process, 100 = one core busy; NaN when /proc could not be read
     * @param windowSeconds      the time since the previous reading
     */
    public record Point(double seconds, String mode, double callsPerSecond, double javaNanosPerCall,
                        double kernelNanosPerCall, double cpuPercent, double windowSeconds) {
    }

    public InPlaceMeter(LiveSession session, String methodKey) {
        this.session = session;
        this.methodKey = methodKey;
    }

    /**
     * Takes a reading; the first one (and the first after the method was reverted and woven again) only sets the
     * baseline. Empty when the method is not woven.
     */
    public synchronized Optional<Point> read() throws Exception {
        Optional<RouteStatus> now = session.status(methodKey);
        long at = System.nanoTime();
        long cpu = ProcessTotals.cpuNanos(session.pid()).orElse(-1L);
        current = now.orElse(null);
        if (now.isEmpty()) {
            last = null;
            return Optional.empty();
        }
        RouteStatus s = now.get();
        Optional<Point> point = Optional.empty();
        if (last != null && at > lastAt && s.calls() >= last.calls()) {
            double window = (at - lastAt) / 1e9;
            // A window in which the method's callers were held for a measurement says nothing of its rate: one that
            // saw a hold begin, or was inside one at either end (a hold longer than the window), or ended one.
            boolean held = s.holding() || last.holding() || s.holds() != last.holds() || s.heldNanos() != last.heldNanos();
            // Captured calls pay for their copies: the window is not the method as it runs, before or after.
            boolean capturing = s.captured() != last.captured() || s.captureMax() > 0 && !last.captureDone();
            Point p = new Point((at - start) / 1e9, held ? HELD : capturing ? CAPTURING : s.mode(), (s.calls() - last.calls()) / window,
                perCall(s.javaTimes(), last.javaTimes()), perCall(s.kernelTimes(), last.kernelTimes()),
                cpu >= 0 && lastCpu >= 0 ? 100.0 * (cpu - lastCpu) / (at - lastAt) : Double.NaN, window);
            synchronized (points) {
                points.add(p);
            }
            synchronized (latency) {
                org.oxidizer.core.stats.LatencyHistogram[] sides = latency.computeIfAbsent(p.mode(), m -> new org.oxidizer.core.stats.LatencyHistogram[] {
                    org.oxidizer.core.stats.LatencyHistogram.EMPTY, org.oxidizer.core.stats.LatencyHistogram.EMPTY});
                sides[0] = sides[0].plus(s.javaTimes().histogram().minus(last.javaTimes().histogram()));
                sides[1] = sides[1].plus(s.kernelTimes().histogram().minus(last.kernelTimes().histogram()));
            }
            point = Optional.of(p);
        }
        last = s;
        lastAt = at;
        lastCpu = cpu;
        return point;
    }

    /** Reads without making a point: the next reading's window starts now (after a pause in the watching). */
    public synchronized void rebase() throws Exception {
        Optional<RouteStatus> now = session.status(methodKey);
        current = now.orElse(null);
        last = current;
        lastAt = System.nanoTime();
        lastCpu = ProcessTotals.cpuNanos(session.pid()).orElse(-1L);
    }

    /** The latest status read: null before the first reading and while the method is not woven. */
    public RouteStatus status() {
        return current;
    }

    /**
     * The whole run's speedup as measured in place: the method's calls per second after the swap over before it
     * (all calls of each mode's readings over their time: readings a few hundred milliseconds long may hold no
     * call of a slow method). For a job that calls the method once per batch this is its throughput; NaN without
     * calls on both sides.
     */
    public double measuredWholeRun() {
        return measuredWholeRun(points());
    }

    /** {@link #measuredWholeRun()} of these readings. */
    public static double measuredWholeRun(List<Point> readings) {
        double before = rate(readings, "observe");
        double after = rate(readings, "swapped");
        return before > 0 && after > 0 ? after / before : Double.NaN;
    }

    /** Calls per second over all readings in {@code mode}, each weighted by its length; NaN when none. */
    public static double rate(List<Point> readings, String mode) {
        double calls = 0;
        double seconds = 0;
        for (Point p : readings) {
            if (mode.equals(p.mode())) {
                calls += p.callsPerSecond() * p.windowSeconds();
                seconds += p.windowSeconds();
            }
        }
        return seconds > 0 ? calls / seconds : Double.NaN;
    }

    public List<Point> points() {
        synchronized (points) {
            return List.copyOf(points);
        }
    }

    /**
     * Median process CPU% over the readings in {@code mode} (e.g. "observe" before, "swapped" after); NaN when none. A
     * median, so the reading that straddles the swap or a GC pause does not pull it.
     */
    public double medianCpuPercent(String mode) {
        return org.oxidizer.core.bench.Medians.median(points().stream().filter(p -> mode.equals(p.mode()) && !Double.isNaN(p.cpuPercent()))
            .mapToDouble(Point::cpuPercent).toArray());
    }

    /**
     * The per-call time distribution over the readings in {@code mode} ("observe" before the swap, "swapped" after) of
     * the calls Java served, or with {@code kernel} those the kernel served: the method's latency as it runs.
     */
    public org.oxidizer.core.stats.LatencyHistogram latency(String mode, boolean kernel) {
        synchronized (latency) {
            org.oxidizer.core.stats.LatencyHistogram[] sides = latency.get(mode);
            return sides == null ? org.oxidizer.core.stats.LatencyHistogram.EMPTY : sides[kernel ? 1 : 0];
        }
    }

    /**
     * "per call, in place: before (Java) p50 .., p99 ..; after (kernel) p50 .., p99 ..": the latency before and after the
     * swap, or empty when neither side has a timed call yet.
     */
    public String latencySentence() {
        org.oxidizer.core.stats.LatencyHistogram before = latency("observe", false);
        org.oxidizer.core.stats.LatencyHistogram after = latency("swapped", true);
        if (before.total() == 0 && after.total() == 0) {
            return "";
        }
        return "per call, in place: before (Java) " + before.describe() + "; after (kernel) " + after.describe();
    }

    /** Calls per second over the readings in {@code mode}; NaN when none. */
    public double callsPerSecond(String mode) {
        return rate(points(), mode);
    }

    private static double perCall(RouteStatus.CallTimes now, RouteStatus.CallTimes before) {
        long calls = now.calls() - before.calls();
        return calls > 0 ? (double) (now.nanos() - before.nanos()) / calls : Double.NaN;
    }
}
