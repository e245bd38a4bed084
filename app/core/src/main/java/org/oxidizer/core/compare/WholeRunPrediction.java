package org.oxidizer.core.compare;

import java.util.List;
import java.util.Locale;
import org.oxidizer.core.stats.SpeedRatio;

/**
 * What the swapped run's wall time will be, said before it runs: the pure-Java run's wall time, less what each
 * swapped method's Java calls took (the agent's timers in the before run) beyond the first few calls that a swap
 * at launch still runs in Java to verify on, plus those calls' time divided by the kernel's A/B speedup (measured in
 * a prediction run on captured calls), plus the swap's own fixed cost (binding, library load, warm-up, weaving,
 * comparing the captured answers; measured in that run too). The interval carries the A/B ratio's 95% interval;
 * it does not carry the before run's own spread.
 *
 * @param beforeWallMillis median wall time of the pure-Java runs
 * @param terms            one per swapped method
 */
public record WholeRunPrediction(double beforeWallMillis, List<Term> terms) {

    /**
     * One swapped method's part.
     *
     * @param javaMillis      all its Java calls' time in the before run (median over runs)
     * @param keptJavaMillis  the first calls', which still run in Java while the swap verifies
     * @param kernel          the kernel's A/B speedup on captured calls
     * @param fixedMillis     the swap's fixed cost in the swapped run
     */
    public record Term(String method, double javaMillis, double keptJavaMillis, SpeedRatio kernel, double fixedMillis) {

        double savedMillis(double ratio) {
            double replaced = Math.max(0, javaMillis - keptJavaMillis);
            return replaced - replaced / ratio - fixedMillis;
        }
    }

    public WholeRunPrediction {
        terms = List.copyOf(terms);
    }

    /** Every term has a measured kernel speedup. */
    public boolean complete() {
        return !terms.isEmpty() && terms.stream().allMatch(t -> t.kernel().measured() && t.javaMillis() > 0);
    }

    public double predictedWallMillis() {
        return beforeWallMillis - terms.stream().mapToDouble(t -> t.savedMillis(t.kernel().estimate())).sum();
    }

    /** Predicted before / after; NaN when incomplete. */
    public double speedup() {
        return complete() ? beforeWallMillis / predictedWallMillis() : Double.NaN;
    }

    /** At the low end of every kernel's interval; NaN without intervals. */
    public double low() {
        return bound(true);
    }

    public double high() {
        return bound(false);
    }

    private double bound(boolean low) {
        if (!complete() || terms.stream().anyMatch(t -> !t.kernel().hasInterval())) {
            return Double.NaN;
        }
        double wall = beforeWallMillis - terms.stream()
            .mapToDouble(t -> t.savedMillis(low ? t.kernel().low() : t.kernel().high())).sum();
        return beforeWallMillis / wall;
    }

    /** "1.84x (95% interval 1.80x-1.88x): 12.9 s of Java in extractAndAggregate at 5.2x, 310 ms fixed cost" */
    public String describe() {
        if (!complete()) {
            return "no prediction: " + (terms.isEmpty() ? "nothing is swapped"
                : "the agent did not time the method in the before run or did not measure the kernel A/B");
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2fx", speedup()));
        if (!Double.isNaN(low())) {
            out.append(String.format(Locale.ROOT, " (95%% interval %.2fx-%.2fx)", low(), high()));
        }
        for (Term t : terms) {
            out.append(String.format(Locale.ROOT, ": %.0f ms of Java in %s (%.0f ms of it kept in Java to verify on) at %.2fx,"
                + " %.0f ms fixed cost", t.javaMillis(), org.oxidizer.core.match.JavaFrame.shortName(t.method()), t.keptJavaMillis(), t.kernel().estimate(),
                t.fixedMillis()));
        }
        return out.toString();
    }
}
