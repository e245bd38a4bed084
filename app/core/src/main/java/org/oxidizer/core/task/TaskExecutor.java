package org.oxidizer.core.task;

/**
 * Runs {@link BackgroundTask}s. The GUI's executor runs them on worker threads and calls back on the FX
 * thread; tests use {@link CurrentThreadTaskExecutor}, which runs everything at once, in order.
 */
public interface TaskExecutor {

    /** Starts the task; its callbacks come later (or, on a same-thread executor, before this returns). */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Cancels what is still running (interrupting it: launched targets are killed) and takes no more work. */
    void shutdown();
}
