package org.oxidizer.core.task;

/** Runs each task right away on the calling thread, callbacks included: for tests and the CLI. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private static final TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
            // already finished: there is nothing left to stop
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(task.progress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancelled();
            return DONE;
        } catch (Exception e) {
            task.failed(e);
            return DONE;
        }
        task.succeeded(result);
        return DONE;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
