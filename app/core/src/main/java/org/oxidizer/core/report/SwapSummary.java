package org.oxidizer.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.compare.WholeRunPrediction;
import org.oxidizer.core.stats.SpeedRatio;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.MethodShape;

/**
 * One swapped method as a report tells it: what replaced it, how the two were matched, what the swap was
 * verified on, and the advisor's prediction next to the measured gain. Every writer reads this one view.
 *
 * @param descriptor    the JVM descriptor of the method the agent wove, or empty if it reported none
 * @param matchedShape  the kernel's shape with that descriptor, as the catalog writes it, or empty
 * @param tolerance     how the kernel's answers were compared with Java's, or empty for an unknown kernel
 * @param agent         what the agent reported about the swap in the first after run, if there was one
 * @param predicted     what the prediction run measured of the swap (A/B on captured calls), if there was one
 * @param prediction    the whole run's prediction, made before the swapped runs
 * @param measuredSpeedup the whole run's wall-time speedup (median before / median after), NaN without after
 */
public record SwapSummary(MethodSwap swap, String descriptor, String matchedShape, String tolerance,
                          double shareBefore, double shareAfter, Optional<AgentReport.SwapReport> agent,
                          Optional<AgentReport.SwapReport> predicted, WholeRunPrediction prediction, double measuredSpeedup) {

    static List<SwapSummary> of(Comparison c, KernelCatalog catalog) {
        boolean hasAfter = !c.after().isEmpty();
        List<SwapSummary> summaries = new ArrayList<>();
        for (MethodSwap swap : c.workload().swaps()) {
            Optional<AgentReport.SwapReport> agent = hasAfter ? find(c.after().get(0), swap) : Optional.empty();
            Optional<AgentReport.SwapReport> predicted = c.predictions().isEmpty() ? Optional.empty()
                : find(c.predictions().get(0), swap);
            String descriptor = agent.map(s -> s.method().substring(s.method().indexOf('('))).orElse("");
            Optional<Kernel> kernel = catalog.find(swap.kernelId());
            String shape = kernel.flatMap(k -> k.shapes().stream().filter(s -> s.descriptor().equals(descriptor)).findFirst())
                .map(MethodShape::signature).orElse("");
            summaries.add(new SwapSummary(swap, descriptor, shape, kernel.map(k -> k.tolerance().description()).orElse(""),
                c.totalPercent(c.before(), swap.method()), hasAfter ? c.totalPercent(c.after(), swap.method()) : Double.NaN,
                agent, predicted, c.prediction(), hasAfter ? c.speedup() : Double.NaN));
        }
        return summaries;
    }

    private static Optional<AgentReport.SwapReport> find(org.oxidizer.core.target.TargetRun run, MethodSwap swap) {
        return run.agent().swaps().stream().filter(s -> s.method() != null && s.method().startsWith(swap.method() + "("))
            .findFirst();
    }

    /** The whole run's predicted speedup, NaN without a prediction. */
    public double predictedSpeedup() {
        return prediction.speedup();
    }

    /** predicted / measured - 1, NaN when either is missing. */
    public double predictionError() {
        return predictedSpeedup() / measuredSpeedup - 1;
    }

    /** The kernel's A/B speedup on captured calls in the prediction run. */
    public SpeedRatio kernelRatio() {
        return predicted.map(s -> s.measurement().ratio()).orElse(SpeedRatio.none());
    }

    /** The prediction run's A/B measurement in one sentence. */
    public String measurement() {
        return predicted.map(s -> s.measurement().describe()).orElse("no prediction run");
    }

    /** One sentence on how the method and the kernel were paired. */
    public String matching() {
        return matching(text -> text);
    }

    /**
     * @param code renders a descriptor or a shape in the output format (a code span); the sentence's own words
     *             are plain letters that need no escaping in any format
     */
    String matching(UnaryOperator<String> code) {
        if (descriptor.isEmpty()) {
            return "named by the workload; the agent reported no woven method";
        }
        return "named by the workload; the method's descriptor " + code.apply(descriptor)
            + (matchedShape.isEmpty() ? " fits none of the kernel's shapes" : " matches the kernel's shape " + code.apply(matchedShape));
    }

    /** "3 of 3 captured calls identical (exact: the same bits as Java)", or why there is nothing to say. */
    public String verification() {
        if (agent.isEmpty()) {
            return "no after run";
        }
        AgentReport.SwapReport s = agent.get();
        if (s.verifiedCalls() == 0) {
            return "swapped without verification";
        }
        return s.identicalCalls() + " of " + s.verifiedCalls() + " captured calls identical"
            + (tolerance.isEmpty() ? "" : " (" + tolerance + ")")
            + (s.mismatch() == null ? "" : "; first difference: " + s.mismatch());
    }

    /** The kernel's A/B speedup on the captured calls, NaN when unknown. */
    public double kernelSpeedup() {
        return kernelRatio().estimate();
    }
}
