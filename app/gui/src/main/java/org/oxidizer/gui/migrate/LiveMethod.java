package org.oxidizer.gui.migrate;

import java.util.List;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.InPlaceMeter;
import org.oxidizer.core.live.LiveMigration;
import org.oxidizer.core.live.RouteStatus;
import org.oxidizer.core.live.Verification;

/**
 * What the Migrate step knows about one method of the live target.
 *
 * @param verification its last verification, kept for reading after a revert
 * @param asked        the calls that verification asked to capture; it may have got fewer (memory budget, timeout)
 * @param held         whether the agent still holds that verification: a revert makes it forget, so a swap needs a new one
 * @param swap         the last swap while it stands; null after a canary, a shadow or a revert
 * @param since        the counters just before the route last changed, so the live counter shows what came after
 * @param status       the latest counters; null while the method is not woven
 * @param readings     the method measured in place since the session watched it (agent timers, CPU%)
 * @param latency      the per-call time distribution before the swap (Java) and after it (kernel), in place; "" before any
 */
public record LiveMethod(String key, Verification verification, int asked, boolean held, Advice advice,
                         LiveMigration.SwapOutcome swap, RouteStatus since, RouteStatus status,
                         List<InPlaceMeter.Point> readings, String latency) {

    public LiveMethod {
        readings = List.copyOf(readings);
    }

    public static LiveMethod of(String key) {
        return new LiveMethod(key, null, 0, false, null, null, null, null, List.of(), "");
    }

    LiveMethod verified(Verification v, int askedFor, Advice a, RouteStatus now) {
        return new LiveMethod(key, v, askedFor, true, a, swap, since, now, readings, latency);
    }

    LiveMethod routed(LiveMigration.SwapOutcome outcome, RouteStatus before, RouteStatus now) {
        return new LiveMethod(key, verification, asked, held, advice, outcome, before, now, readings, latency);
    }

    LiveMethod reverted() {
        return new LiveMethod(key, verification, asked, false, advice, null, null, null, readings, latency);
    }

    LiveMethod withStatus(RouteStatus now) {
        return new LiveMethod(key, verification, asked, held, advice, swap, since, now, readings, latency);
    }

    LiveMethod withReadings(RouteStatus now, List<InPlaceMeter.Point> all, String latencyNow) {
        return new LiveMethod(key, verification, asked, held, advice, swap, since, now, all, latencyNow);
    }

    /**
     * The swap's gain measured in place beside the advisor's prediction: "in place: Java 29.5 ms per call ..., kernel
     * 4.6 ms ...: 6.41x (...) · whole run: predicted 2.26x, measured 2.63x (calls/s after / before)"; empty before
     * the kernel served.
     */
    public String inPlaceText() {
        if (status == null || status.kernelTimes().recent().length == 0) {
            return "";
        }
        double measured = InPlaceMeter.measuredWholeRun(readings);
        return status.inPlaceSummary() + "\nwhole run: " + (advice == null ? "no prediction" : advice.prediction())
            + (Double.isNaN(measured) ? "" : String.format(java.util.Locale.ROOT,
                "; measured in place %.2fx (the method's calls/s after the swap / before it)", measured))
            + (latency.isEmpty() ? "" : "\n" + latency);
    }

    /** Verified, identical on every captured call, and the agent still holds it: a swap goes through. */
    public boolean passed() {
        return verification != null && verification.passed() && held;
    }

    public boolean woven() {
        return status != null;
    }

    /** observe, shadow, canary, swapped; empty when not woven. */
    public String mode() {
        return status == null || status.mode() == null ? "" : status.mode();
    }

    public boolean swapped() {
        return "swapped".equals(mode());
    }

    /** Swapped without a passing verification, on the user's word. */
    public boolean forced() {
        return swap != null && swap.forced();
    }

    /** Calls the kernel served since the route last changed. */
    public long kernelCalls() {
        return status == null ? 0 : status.servedByKernel() - (since == null ? 0 : since.servedByKernel());
    }

    /** Calls Java served since the route last changed (fallbacks from a failing kernel included). */
    public long javaCalls() {
        return status == null ? 0 : status.calls() - (since == null ? 0 : since.calls()) - kernelCalls();
    }
}
