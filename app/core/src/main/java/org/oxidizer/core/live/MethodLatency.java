package org.oxidizer.core.live;

import org.oxidizer.core.kernelgen.KernelProjectException;
import org.oxidizer.core.kernelgen.MethodRef;
import org.oxidizer.core.stats.LatencyHistogram;
import org.oxidizer.core.task.Progress;

/**
 * {@code oxidizer latency}: the per-call time distribution of one method of a running JVM, by the agent's timers on the
 * method itself (the same timers a live swap's in-place measurement reads): the method is woven to count only, watched
 * for some seconds, and unwoven again if it was not woven before. Calls under 20 µs are timed one in 16.
 */
public final class MethodLatency {

    private MethodLatency() {
    }

    /** @param calls every call of the method in the window, timed or not */
    public record Measured(String methodKey, String signature, long calls, double seconds, LatencyHistogram latency) {
    }

    public static Measured measure(long pid, MethodRef method, int seconds, Progress progress) throws Exception {
        try (org.oxidizer.core.target.AttachedTarget target = org.oxidizer.core.target.AttachedTarget.attach(pid,
                org.oxidizer.core.target.BundledJars.agentJar())) {
            return measure(new LiveSwaps(target.swapControl()), "JVM " + pid, method, seconds, progress);
        }
    }

    public static Measured measure(LiveSwaps swaps, String where, MethodRef method, int seconds, Progress progress)
            throws KernelProjectException, InterruptedException {
        org.oxidizer.core.match.MethodAnalysis analysis = method.analysis(swaps.classFiles(where));
        String key = analysis.key();
        try {
            return swaps.leavingAsItWas(key, () -> {
                if (!swaps.methods().contains(key)) {
                    swaps.observe(key, 0, 0);       // count and time only
                }
                RouteStatus first = swaps.status(key);
                long start = System.nanoTime();
                long end = start + seconds * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.sleep(200);
                    double done = (System.nanoTime() - start) / 1e9;
                    progress.report(String.format(java.util.Locale.ROOT, "timing %s: %.0f of %d s", analysis.display(), done,
                        seconds), Math.min(1, done / seconds));
                }
                RouteStatus last = swaps.status(key);
                LatencyHistogram window = last.javaTimes().histogram().minus(first.javaTimes().histogram())
                    .plus(last.kernelTimes().histogram().minus(first.kernelTimes().histogram()));
                return new Measured(key, analysis.display(), last.calls() - first.calls(), (System.nanoTime() - start) / 1e9, window);
            });
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new KernelProjectException(e.getMessage(), e);
        }
    }
}
