package org.oxidizer.gui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;
import org.oxidizer.gui.task.RunningTask;
import org.oxidizer.gui.task.TaskMonitor;

/** The window's state: which step is shown, what each step summarizes, the status line, the theme. */
public final class MainViewModel {

    private final Workbench workbench;
    private final TaskMonitor tasks;
    private final Map<Step, StepModel> steps = new EnumMap<>(Step.class);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.TARGET);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(Theme.LIGHT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();

    public MainViewModel(Workbench workbench, TaskMonitor tasks) {
        this.workbench = workbench;
        this.tasks = tasks;
        status.bind(Bindings.createStringBinding(() -> workbench.target() == null ? "No target"
            : workbench.target().name() + "  ·  " + workbench.targetStateProperty().get(),
            workbench.targetProperty(), workbench.targetStateProperty()));
    }

    public void register(Step which, StepModel model) {
        steps.put(which, model);
    }

    public StepModel stepModel(Step which) {
        return steps.get(which);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** "text-aggregation · running, pid 4242" */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<RunningTask> tasks() {
        return tasks.running();
    }

    public Workbench workbench() {
        return workbench;
    }

    public void select(Step which) {
        step.set(which);
    }

    public void next() {
        Step[] all = Step.values();
        step.set(all[Math.min(all.length - 1, step.get().ordinal() + 1)]);
    }

    public void previous() {
        step.set(Step.values()[Math.max(0, step.get().ordinal() - 1)]);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void setTheme(Theme chosen) {
        theme.set(chosen);
    }
}
