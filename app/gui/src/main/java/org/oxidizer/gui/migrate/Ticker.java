package org.oxidizer.gui.migrate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small job every so often off the FX thread: the clock of the live counters. Not a task of the
 * status bar, which is for work that ends; tests tick by hand.
 */
@FunctionalInterface
public interface Ticker {

    /** Calls {@code job} every {@code millis} until the returned action is run. */
    Runnable every(long millis, Runnable job);

    /** One daemon thread for every job of this ticker. */
    static Ticker daemon(String name) {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return (millis, job) -> {
            ScheduledFuture<?> future = clock.scheduleWithFixedDelay(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    // one failed reading must not stop the clock; the next tick tries again
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
