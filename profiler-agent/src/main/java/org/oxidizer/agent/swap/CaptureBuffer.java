package org.oxidizer.agent.swap;

import java.util.ArrayList;
import java.util.List;

/** Up to a number of calls and a byte budget of captured calls; once full, further calls are not copied. */
final class CaptureBuffer {

    private final int maxCalls;
    private final long maxBytes;
    private final List<CallRecord> records = new ArrayList<>();
    private long bytes;
    private long skippedForSize;
    private Runnable whenFull;

    CaptureBuffer(int maxCalls, long maxBytes) {
        this.maxCalls = maxCalls;
        this.maxBytes = maxBytes;
    }

    /** Runs {@code action} once, on the thread whose call fills the buffer (hand real work to another thread). */
    synchronized CaptureBuffer whenFull(Runnable action) {
        this.whenFull = action;
        return this;
    }

    synchronized boolean full() {
        return records.size() >= maxCalls || bytes >= maxBytes;
    }

    /** Keeps the call unless the budget is spent; a single call larger than the whole budget is skipped. */
    void add(CallRecord record) {
        Runnable action = null;
        synchronized (this) {
            if (full()) {
                return;
            }
            keep(record);
            if (full() && whenFull != null) {
                action = whenFull;
                whenFull = null;
            }
        }
        if (action != null) {
            action.run();
        }
    }

    private void keep(CallRecord record) {
        long size = ArgumentCopies.estimateBytes(record.args) + ArgumentCopies.estimateBytes(record.outcome);
        if (size > maxBytes - bytes) {
            skippedForSize++;
            if (records.isEmpty() && size > maxBytes) {
                return;
            }
            bytes = maxBytes;
            return;
        }
        bytes += size;
        records.add(record);
    }

    synchronized List<CallRecord> records() {
        return new ArrayList<>(records);
    }

    synchronized int size() {
        return records.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long skippedForSize() {
        return skippedForSize;
    }

    int maxCalls() {
        return maxCalls;
    }
}
