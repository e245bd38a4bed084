package org.oxidizer.core.measure;

import java.util.Optional;

/** A running process's CPU time and memory right now, from /proc; empty once it is gone. */
public final class ProcessTotals {

    private ProcessTotals() {
    }

    /** User + system CPU nanoseconds the process has used so far. */
    public static Optional<Long> cpuNanos(long pid) {
        return new ProcReader(pid).read().map(ProcReader.Snapshot::cpuNanos);
    }
}
