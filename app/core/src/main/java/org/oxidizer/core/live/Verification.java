package org.oxidizer.core.live;

import java.util.Locale;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.stats.ABMeasurement;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * A kernel replayed on captured real calls of a Java method, compared answer by answer.
 *
 * @param crossingNanos  median time of the kernel's cheapest call: the boundary cost per call
 * @param mismatch       the first differing call, or null
 * @param measurement    the Java body and the kernel timed side by side on the captured calls (after a pass)
 */
public record Verification(String method, String kernel, String parameters, String tolerance, int calls,
                           int identical, boolean passed, long crossingNanos, Mismatch mismatch,
                           ABMeasurement measurement) {

    /** The first captured call where kernel and Java disagree, side by side. */
    public record Mismatch(int call, String where, String input, String javaOutput, String kernelOutput) {
    }

    /** The kernel's speedup on the captured inputs (A/B estimate, Java time / kernel time), or NaN unmeasured. */
    public double speedup() {
        return ratio().estimate();
    }

    public SpeedRatio ratio() {
        return measurement.ratio();
    }

    /** "50 of 50 captured calls identical (exact: the same bits as Java)", and what went wrong when it failed. */
    public String summary() {
        return String.format(Locale.ROOT, "%d of %d captured calls identical (%s)%s", identical, calls,
            tolerance.isEmpty() ? "compared exactly" : tolerance, passed ? "" : ": the kernel differs from Java");
    }

    /** The A/B measurement in one sentence, and what one crossing of the boundary costs. */
    public String timing() {
        return measurement.describe() + (crossingNanos > 0 ? "; one crossing ~" + Figures.nanos(crossingNanos) : "");
    }

    /** Why fewer calls were verified than {@code asked} for; empty when all were. */
    public String shortfall(int asked, int timeoutSeconds) {
        return calls >= asked ? "" : String.format(Locale.ROOT, "%d of the %d calls asked for: the capture keeps at most %s"
            + " of arguments and answers, or the method ran less often within %d s", calls, asked,
            Figures.bytes(RouteKeys.DEFAULT_CAPTURE_BYTES), timeoutSeconds);
    }

    static Verification from(String method, Facts p) {
        Mismatch mismatch = !p.has(VerificationKeys.MISMATCH_WHERE) ? null : new Mismatch(
            p.integer(VerificationKeys.MISMATCH_CALL), p.get(VerificationKeys.MISMATCH_WHERE),
            p.get(VerificationKeys.MISMATCH_INPUT), p.get(VerificationKeys.MISMATCH_JAVA), p.get(VerificationKeys.MISMATCH_KERNEL));
        return new Verification(method, p.get(VerificationKeys.KERNEL), p.get(VerificationKeys.PARAMETERS, "{}"),
            p.get(VerificationKeys.TOLERANCE, ""), p.integer(VerificationKeys.CALLS), p.integer(VerificationKeys.IDENTICAL),
            p.flag(VerificationKeys.PASSED), p.number(VerificationKeys.CROSSING_NANOS), mismatch,
            p.flag(VerificationKeys.PASSED) ? ABMeasurement.from(p) : ABMeasurement.none("the kernel did not pass verification"));
    }
}
