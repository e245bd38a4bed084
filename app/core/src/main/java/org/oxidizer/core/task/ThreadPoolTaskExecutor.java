package org.oxidizer.core.task;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on daemon worker threads and hands every callback to {@code callbacks} (the GUI passes
 * {@code Platform::runLater}). Progress is coalesced: while one report waits to be delivered, newer ones
 * replace it, so a chatty task never floods the receiving thread.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {

    private final Executor callbacks;
    private final ExecutorService workers;
    private final Set<Future<?>> running = ConcurrentHashMap.newKeySet();

    public ThreadPoolTaskExecutor(Executor callbacks) {
        this.callbacks = callbacks;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "oxidizer-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<Future<?>> self = new AtomicReference<>();
        Progress progress = coalescing(task.progress(), finished);
        Future<?> future = workers.submit(() -> {
            try {
                T result = task.call(progress);
                deliver(finished, () -> task.succeeded(result));
            } catch (InterruptedException e) {
                deliver(finished, task::cancelled);
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    deliver(finished, task::cancelled);     // the work failed because we stopped it
                } else {
                    deliver(finished, () -> task.failed(e));
                }
            } finally {
                running.remove(self.get());
            }
        });
        self.set(future);
        running.add(future);
        return new TaskHandle() {
            @Override
            public void cancel() {
                if (future.cancel(true)) {
                    deliver(finished, task::cancelled);     // it had not started, or was interrupted mid-way
                }
            }

            @Override
            public boolean isDone() {
                return finished.get();
            }
        };
    }

    /** Exactly one outcome reaches the callbacks, whichever of the worker and a cancel gets here first. */
    private void deliver(AtomicBoolean finished, Runnable outcome) {
        if (finished.compareAndSet(false, true)) {
            callbacks.execute(outcome);
        }
    }

    private Progress coalescing(Progress target, AtomicBoolean finished) {
        AtomicReference<double[]> pendingFraction = new AtomicReference<>();
        AtomicReference<String> pendingStep = new AtomicReference<>();
        return (step, fraction) -> {
            pendingStep.set(step);
            if (pendingFraction.getAndSet(new double[] {fraction}) == null) {
                callbacks.execute(() -> {
                    double[] f = pendingFraction.getAndSet(null);
                    if (f != null && !finished.get()) {
                        target.report(pendingStep.get(), f[0]);
                    }
                });
            }
        };
    }

    @Override
    public void shutdown() {
        running.forEach(f -> f.cancel(true));
        workers.shutdownNow();
    }
}
