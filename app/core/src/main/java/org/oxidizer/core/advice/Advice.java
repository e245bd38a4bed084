package org.oxidizer.core.advice;

import java.util.List;
import java.util.Locale;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * The advisor's word on one candidate, shown before the user decides.
 *
 * @param predictedSpeedup whole-run speedup by Amdahl's law from the method's share and the kernel's A/B
 *                         speedup on captured calls; NaN when there is no measurement yet
 * @param predictedLow     the prediction at the low end of the kernel speedup's 95% interval (NaN without one)
 * @param predictedHigh    the prediction at its high end
 * @param kernel           the kernel's A/B speedup on the captured calls, with its interval
 * @param boundaryShare    share of the method's time per call that one boundary crossing costs
 * @param reasons          why, one sentence each, most important first
 */
public record Advice(Verdict verdict, boolean strongly, double predictedSpeedup, double predictedLow, double predictedHigh,
                     SpeedRatio kernel, double callsPerSecond, long crossingNanos, double boundaryShare,
                     String boundaryWarning, List<String> reasons) {

    public enum Verdict {
        MIGRATE("migrate"), NOT_WORTH_IT("not worth it"), NO_MEASURABLE_DIFFERENCE("no measurable difference"),
        NOT_MEASURED("not measured yet"), UNSAFE("unsafe");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Advice {
        reasons = List.copyOf(reasons);
    }

    /** The kernel's speedup estimate, NaN when not measured. */
    public double kernelSpeedup() {
        return kernel.estimate();
    }

    /** The short message, for a table cell: "migrate, strongly", "not worth it", "no measurable difference". */
    public String verdictWords() {
        return verdict.words() + (strongly ? ", strongly" : "");
    }

    /**
     * The long message: "MIGRATE, strongly recommended · predicted whole run 2.10x (95% interval 1.95x-2.22x)";
     * an unsafe kernel's speed is no number.
     */
    public String headline() {
        return verdict.words().toUpperCase(Locale.ROOT) + (strongly ? ", strongly recommended" : "")
            + (Double.isNaN(predictedSpeedup) || verdict == Verdict.UNSAFE ? "" : "  ·  " + prediction());
    }

    /** "predicted whole run 2.10x (95% interval 1.95x-2.22x)", or without the interval when there is none. */
    public String prediction() {
        if (Double.isNaN(predictedSpeedup)) {
            return "no prediction";
        }
        return String.format(Locale.ROOT, "predicted whole run %.2fx", predictedSpeedup)
            + (Double.isNaN(predictedLow) ? "" : String.format(Locale.ROOT, " (95%% interval %.2fx-%.2fx)", predictedLow, predictedHigh));
    }
}
