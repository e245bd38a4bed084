package org.oxidizer.core.task;

/** A started task: ask it to stop, or see whether it has. */
public interface TaskHandle {

    /** Interrupts the work; its cancelled callback follows unless it had already finished. */
    void cancel();

    boolean isDone();
}
