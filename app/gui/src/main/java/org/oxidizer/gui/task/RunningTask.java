package org.oxidizer.gui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.oxidizer.core.task.TaskHandle;

/** A background task as the status bar shows it: title, what it is doing, how far, and a way to stop it. */
public final class RunningTask {

    private final String title;
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private TaskHandle handle;

    RunningTask(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** 0..1, or negative while the end cannot be known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    void update(String newStep, double fraction) {
        step.set(newStep);
        progress.set(fraction);
    }

    void attach(TaskHandle taskHandle) {
        this.handle = taskHandle;
    }
}
