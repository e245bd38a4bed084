package org.oxidizer.agent.swap;

import java.util.ArrayList;
import java.util.List;
import org.oxidizer.kernels.calls.ArgumentCopies;

/** Up to a number of calls and a byte budget of captured calls; once full, further calls are not copied. */
final class CaptureBuffer {

    private final int maxCalls;
    private final long maxBytes;
    private final List<CallRecord> records = new ArrayList<>();
    private long bytes;
    private long skippedForSize;
    private Runnable whenFull;
    /** Why the capture gave up before it had a call, or null. */
    private String refused;

    /** Calls too large for the whole budget before the capture gives up rather than copy every call in vain. */
    static final int OVERSIZE_BEFORE_GIVING_UP = 3;

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
        return records.size() >= maxCalls || bytes >= maxBytes || refused != null;
    }

    /** "one call needs 64.0 MiB of arguments and answers, more than the capture's budget of 64.0 MiB"; null while it captures. */
    synchronized String refused() {
        return refused;
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
                if (skippedForSize >= OVERSIZE_BEFORE_GIVING_UP) {
                    refused = String.format(java.util.Locale.ROOT, "one call needs %.1f MiB of arguments and answers, more than"
                        + " the capture's budget of %.1f MiB", size / 1048576.0, maxBytes / 1048576.0);
                }
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
