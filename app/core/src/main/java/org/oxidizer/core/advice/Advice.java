package org.oxidizer.core.advice;

import java.util.List;
import java.util.Locale;

/**
 * The advisor's word on one candidate, shown before the user decides.
 *
 * @param predictedSpeedup whole-run speedup by Amdahl's law from the method's share and the kernel's
 *                         speedup on captured calls; NaN when there is no verification yet
 * @param boundaryShare    share of the method's time per call that one boundary crossing costs
 * @param reasons          why, one sentence each, most important first
 */
public record Advice(Verdict verdict, boolean strongly, double predictedSpeedup, double kernelSpeedup,
                     double callsPerSecond, long crossingNanos, double boundaryShare, String boundaryWarning,
                     List<String> reasons) {

    public enum Verdict {
        MIGRATE("migrate"), NOT_WORTH_IT("not worth it"), UNSAFE("unsafe");

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

    /** The short message, for a table cell: "migrate, strongly", "not worth it", "unsafe". */
    public String verdictWords() {
        return verdict.words() + (strongly ? ", strongly" : "");
    }

    /** The long message: "MIGRATE, strongly recommended · predicted whole run 2.10x"; an unsafe kernel's speed is no number. */
    public String headline() {
        return verdict.words().toUpperCase(Locale.ROOT) + (strongly ? ", strongly recommended" : "")
            + (Double.isNaN(predictedSpeedup) || verdict == Verdict.UNSAFE ? ""
                : String.format(Locale.ROOT, "  ·  predicted whole run %.2fx", predictedSpeedup));
    }
}
