package org.oxidizer.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Long work (a profiled run, parsing, a migration run) and what to do with its outcome. A {@link TaskExecutor}
 * runs the work off the caller's thread and calls the callbacks where the caller wants them (the GUI's
 * FX thread); exactly one of success, failure and cancelled is called, then the finished callbacks. Callbacks
 * of one kind run in the order they were added, so a status bar can watch a task a view model started.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    /** The work itself: reports progress and stops early when its thread is interrupted. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private final List<Consumer<T>> onSuccess = new ArrayList<>();
    private final List<Consumer<Exception>> onFailure = new ArrayList<>();
    private final List<Runnable> onCancelled = new ArrayList<>();
    private final List<Runnable> onFinished = new ArrayList<>();
    private final List<Progress> onProgress = new ArrayList<>();

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title a few words a person reads in the status bar, e.g. "Profiling text-aggregation" */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        onSuccess.add(Objects.requireNonNull(callback));
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        onFailure.add(Objects.requireNonNull(callback));
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        onCancelled.add(Objects.requireNonNull(callback));
        return this;
    }

    /** Progress as the work reports it; executors may drop intermediate reports to keep up. */
    public BackgroundTask<T> onProgress(Progress callback) {
        onProgress.add(Objects.requireNonNull(callback));
        return this;
    }

    /** Called after whichever outcome it was. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        onFinished.add(Objects.requireNonNull(callback));
        return this;
    }

    public String title() {
        return title;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        try {
            onSuccess.forEach(c -> c.accept(result));
        } finally {
            onFinished.forEach(Runnable::run);
        }
    }

    void failed(Exception error) {
        try {
            onFailure.forEach(c -> c.accept(error));
        } finally {
            onFinished.forEach(Runnable::run);
        }
    }

    void cancelled() {
        try {
            onCancelled.forEach(Runnable::run);
        } finally {
            onFinished.forEach(Runnable::run);
        }
    }

    Progress progress() {
        return (step, fraction) -> onProgress.forEach(p -> p.report(step, fraction));
    }
}
