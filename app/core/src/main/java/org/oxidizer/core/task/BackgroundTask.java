package org.oxidizer.core.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Long work (a profiled run, parsing, a migration run) and what to do with its outcome. A {@link TaskExecutor}
 * runs the work off the caller's thread and calls the callbacks where the caller wants them (the GUI's
 * FX thread); exactly one of success, failure and cancelled is called.
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
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Progress onProgress = Progress.NONE;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title a few words a person reads in the status bar, e.g. "Profiling text-aggregation" */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Progress as the work reports it; executors may drop intermediate reports to keep up. */
    public BackgroundTask<T> onProgress(Progress callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Exception error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }

    Progress progress() {
        return onProgress;
    }
}
