package org.oxidizer.gui.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.core.task.TaskHandle;

/**
 * The executor every view model uses: it runs tasks through the core executor and keeps the list of those
 * still running for the status bar. Tasks are started and finish on the FX thread (or, in tests, on the
 * one thread of a same-thread executor).
 */
public final class TaskMonitor implements TaskExecutor {

    private final TaskExecutor delegate;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> readOnly = FXCollections.unmodifiableObservableList(running);

    public TaskMonitor(TaskExecutor delegate) {
        this.delegate = delegate;
    }

    public ObservableList<RunningTask> running() {
        return readOnly;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        RunningTask shown = new RunningTask(task.title());
        running.add(shown);
        task.onProgress(shown::update).onFinished(() -> running.remove(shown));
        TaskHandle handle = delegate.execute(task);
        shown.attach(handle);
        return handle;
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }
}
