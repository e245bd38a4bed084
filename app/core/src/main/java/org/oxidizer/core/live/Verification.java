package org.oxidizer.core.live;

import java.util.Locale;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.core.report.Figures;

/**
 * A kernel replayed on captured real calls of a Java method, compared answer by answer.
 *
 * @param javaNanos      time the Java method took on those calls, live in the target
 * @param kernelNanos    time the kernel took on the same inputs, marshalling included
 * @param crossingNanos  median time of the kernel's cheapest call: the boundary cost per call
 * @param mismatch       the first differing call, or null
 */
public record Verification(String method, String kernel, String parameters, String tolerance, int calls,
                           int identical, boolean passed, long javaNanos, long kernelNanos, long crossingNanos,
                           Mismatch mismatch) {

    /** The first captured call where kernel and Java disagree, side by side. */
    public record Mismatch(int call, String where, String input, String javaOutput, String kernelOutput) {
    }

    /** The kernel's speedup on the captured inputs (Java time / kernel time), or NaN without calls. */
    public double speedup() {
        return kernelNanos > 0 && javaNanos > 0 ? (double) javaNanos / kernelNanos : Double.NaN;
    }

    /** "50 of 50 captured calls identical (exact: the same bits as Java)", and what went wrong when it failed. */
    public String summary() {
        return String.format(Locale.ROOT, "%d of %d captured calls identical (%s)%s", identical, calls,
            tolerance.isEmpty() ? "compared exactly" : tolerance, passed ? "" : ": the kernel differs from Java");
    }

    /** "Java 812.4 ms, kernel 190.2 ms on the same calls: 4.3x; one crossing ~85 ns" */
    public String timing() {
        return String.format(Locale.ROOT, "Java %s, kernel %s on the same calls: %s; one crossing ~%s",
            Figures.nanos(javaNanos), Figures.nanos(kernelNanos),
            Double.isNaN(speedup()) ? "no speedup measured" : String.format(Locale.ROOT, "%.1fx", speedup()),
            Figures.nanos(crossingNanos));
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
            p.flag(VerificationKeys.PASSED), p.number(VerificationKeys.JAVA_NANOS), p.number(VerificationKeys.KERNEL_NANOS),
            p.number(VerificationKeys.CROSSING_NANOS), mismatch);
    }
}
