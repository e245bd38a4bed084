package org.oxidizer.core.migrate;

import java.util.List;

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

    public String headline() {
        return (strongly ? "strongly recommended: " : "") + verdict.words();
    }
}
