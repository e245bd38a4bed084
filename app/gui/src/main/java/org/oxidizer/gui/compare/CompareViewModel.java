package org.oxidizer.gui.compare;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.ProfileDiff;
import org.oxidizer.core.report.Environment;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.report.MigrationReport;
import org.oxidizer.core.report.SummaryRow;
import org.oxidizer.core.target.AgentReport;
import org.oxidizer.core.target.TargetRun;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.flame.DiffFlame;
import org.oxidizer.gui.flame.FlameData;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;

/** Before against after: the seed-style table, per-run figures for the bars, time series, the differential tree. */
public final class CompareViewModel implements StepModel {

    private static final double MIB = 1024.0 * 1024.0;

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper swaps = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FlameData> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("needs a before/after run");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    public CompareViewModel(Workbench workbench, TaskExecutor tasks) {
        this.workbench = workbench;
        this.tasks = tasks;
        ready.bind(workbench.migrationProperty().isNotNull());
        workbench.migrationProperty().addListener((o, was, now) -> show(now));
        show(workbench.migration());
    }

    private void show(MigrationOutcome outcome) {
        diff.set(null);
        comparison.set(outcome == null ? null : outcome.comparison());
        if (outcome == null) {
            rows.clear();
            headline.set("");
            failure.set("");
            swaps.set("");
            summary.set("needs a before/after run");
            return;
        }
        Comparison c = outcome.comparison();
        MigrationReport report = new MigrationReport(c, Environment.current(), Instant.now(), outcome.command(), outcome.failure());
        rows.setAll(report.summary());
        failure.set(outcome.sound() ? "" : outcome.failure());
        boolean hasAfter = !c.after().isEmpty();
        headline.set(!hasAfter ? "No after run to compare with"
            : String.format(Locale.ROOT, "%s  ·  peak RSS %s  ·  CPU %s -> %s  ·  results %s",
                Figures.better(c.speedup(), "faster", "slower"), Figures.better(c.memoryReduction(), "smaller", "larger"),
                Figures.percent(c.medianCpuPercent(c.before())), Figures.percent(c.medianCpuPercent(c.after())),
                c.identicalResults() ? "identical" : "DIFFERENT"));
        swaps.set(hasAfter ? swapLine(c.after().get(0).agent()) + "\npredicted whole run " + c.prediction().describe()
            + (Double.isNaN(c.predictionError()) ? "" : String.format(Locale.ROOT, "\nmeasured %.2fx: the prediction was %+.0f%%"
                + " off", c.speedup(), 100 * c.predictionError())) : "");
        summary.set(!hasAfter ? "after run missing" : Figures.better(c.speedup(), "faster", "slower")
            + (c.identicalResults() ? ", identical" : ", DIFFERENT"));
        if (hasAfter) {
            TargetRun before = c.before().get(0);
            TargetRun after = c.after().get(0);
            tasks.execute(BackgroundTask.of("Differential flame graph",
                    progress -> new DiffFlame(ProfileDiff.tree(before.profile(), after.profile())))
                .onSuccess(tree -> {
                    if (workbench.migration() == outcome) {
                        diff.set(tree);
                    }
                }));
        }
    }

    private static String swapLine(AgentReport agent) {
        StringBuilder line = new StringBuilder();
        for (AgentReport.SwapReport s : agent.swaps()) {
            line.append(line.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                "%s -> %s: %s, %,d calls served by the kernel, %,d fallbacks to Java",
                org.oxidizer.core.match.JavaFrame.shortName(s.method()), s.kernel(),
                s.woven() ? "woven" : "NOT woven", s.calls(), s.fallbacks()));
        }
        return line.toString();
    }

    public ObservableList<SummaryRow> rows() {
        return rowsView;
    }

    /** "2.6x faster · peak RSS 1.1x larger · CPU 103% -> 127% · results identical" */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty swapsProperty() {
        return swaps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlameData> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** One value per run of a side, for the bars: wall seconds, peak RSS in MiB, CPU%. */
    public static List<Double> perRun(List<TargetRun> runs, Metric metric) {
        return runs.stream().map(r -> metric.value.applyAsDouble(r)).toList();
    }

    /** The first run's /proc series of a side, for the overlaid time series. */
    public static List<ProcSample> series(List<TargetRun> runs) {
        return runs.isEmpty() ? List.of() : runs.get(0).measurement().series();
    }

    /** What the bars compare. */
    public enum Metric {
        WALL_SECONDS(r -> r.measurement().wallMillis() / 1000.0),
        PEAK_RSS_MIB(r -> r.measurement().peakRssBytes() / MIB),
        CPU_PERCENT(r -> r.measurement().cpuPercent());

        private final ToDoubleFunction<TargetRun> value;

        Metric(ToDoubleFunction<TargetRun> value) {
            this.value = value;
        }
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
