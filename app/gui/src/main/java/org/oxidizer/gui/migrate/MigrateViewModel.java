package org.oxidizer.gui.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.profile.HotMethods;
import org.oxidizer.core.profile.Hotspot;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.target.MethodSwap;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.core.target.Target;
import org.oxidizer.gui.model.Workbench;

/** The swap plan of the target, the kernel catalog, and the before/after run that proves the swap. */
public final class MigrateViewModel implements StepModel {

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final MigrationService service;
    private final Function<String, Path> runDirs;
    private final ObservableList<KernelInfo> kernels = FXCollections.observableArrayList();
    private final ObservableList<KernelInfo> kernelsView = FXCollections.unmodifiableObservableList(kernels);
    private final ObservableList<SwapRow> plan = FXCollections.observableArrayList();
    private final ObservableList<SwapRow> planView = FXCollections.unmodifiableObservableList(plan);
    private final IntegerProperty repeats = new SimpleIntegerProperty(1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("needs a target");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private Consumer<MigrationOutcome> onMigrated = o -> { };
    private ReadOnlyStringProperty liveHeadline;

    public MigrateViewModel(Workbench workbench, TaskExecutor tasks, MigrationService service, Function<String, Path> runDirs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.service = service;
        this.runDirs = runDirs;
        kernels.setAll(service.kernels());
        workbench.targetProperty().addListener((o, was, now) -> refresh());
        workbench.profileProperty().addListener((o, was, now) -> refresh());
        workbench.migrationProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Target target = workbench.target();
        List<MethodSwap> swaps = service.swapPlan(target);
        List<Hotspot> hot = workbench.profile() == null ? List.of() : HotMethods.byTotal(workbench.profile().profile());
        plan.setAll(swaps.stream().map(s -> row(s, hot)).toList());
        ready.set(!swaps.isEmpty());
        MigrationOutcome outcome = workbench.migration();
        if (running.get()) {
            summary.set("running before/after...");
        } else if (liveHeadline != null && !liveHeadline.get().isEmpty()) {
            summary.set(liveHeadline.get());
        } else if (target == null) {
            summary.set("needs a target");
        } else if (swaps.isEmpty()) {
            summary.set("no swap plan for " + target.name());
        } else if (outcome != null) {
            summary.set(outcome.sound() ? Figures.better(outcome.comparison().speedup(), "faster", "slower") : "run failed");
        } else {
            summary.set(swaps.size() + (swaps.size() == 1 ? " swap" : " swaps") + " planned");
        }
    }

    private SwapRow row(MethodSwap swap, List<Hotspot> hot) {
        double share = hot.isEmpty() ? Double.NaN : hot.stream().filter(h -> h.frame().equals(swap.method()))
            .mapToDouble(Hotspot::totalPercent).findFirst().orElse(0);
        KernelInfo kernel = kernels.stream().filter(k -> k.id().equals(swap.kernelId())).findFirst().orElse(null);
        return new SwapRow(swap.method(), swap.kernelId(), kernel == null ? "not in the catalog" : kernel.summary(), share,
            kernel == null ? "" : kernel.threads(), kernel == null ? "" : kernel.tolerance());
    }

    /** Lets the step bar show the live session's state ("live: swapped") while there is one. */
    public void followLive(ReadOnlyStringProperty headline) {
        this.liveHeadline = headline;
        headline.addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObservableList<KernelInfo> kernels() {
        return kernelsView;
    }

    public ObservableList<SwapRow> plan() {
        return planView;
    }

    /** Runs per side; figures are medians and the charts show the spread. */
    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public void setOnMigrated(Consumer<MigrationOutcome> listener) {
        this.onMigrated = listener;
    }

    public boolean canRun() {
        return ready.get() && !running.get();
    }

    public void runBeforeAfter() {
        if (!canRun()) {
            return;
        }
        Target target = workbench.target();
        int n = Math.max(1, repeats.get());
        Path outDir = runDirs.apply("migrate");
        running.set(true);
        error.set("");
        message.set(String.format(Locale.ROOT, "running %s %d time%s in pure Java and %d with the swap...", target.name(),
            n, n == 1 ? "" : "s", n));
        refresh();
        workbench.setTargetState("before/after runs");
        tasks.execute(BackgroundTask.of("Before/after " + target.name(),
                progress -> service.runBeforeAfter(target, n, outDir, progress))
            .onSuccess(outcome -> {
                message.set(outcome.sound() ? "done: " + Figures.better(outcome.comparison().speedup(), "faster", "slower")
                    + ", results identical" : "");
                error.set(outcome.sound() ? "" : outcome.failure());
                workbench.setTargetState(outcome.sound() ? "before/after done" : "before/after failed");
                workbench.migrated(outcome);
                onMigrated.accept(outcome);
            })
            .onFailure(e -> {
                error.set(e.getMessage());
                workbench.setTargetState("before/after failed");
            })
            .onCancelled(() -> message.set("cancelled"))
            .onFinished(() -> {
                running.set(false);
                refresh();
            }));
    }
}
