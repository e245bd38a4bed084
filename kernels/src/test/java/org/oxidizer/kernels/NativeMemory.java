package org.oxidizer.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Leak check for kernels: RSS of this JVM across rounds of calls. The first round lets the heap, JIT and
 * allocator reach their working size; a leak of even 40 bytes per call then grows every later round by
 * 4 MB per 10^5 calls, while a clean kernel stays flat. Growth must repeat to fail: allocator noise happens once.
 */
public final class NativeMemory {

    /** Allowed RSS growth over the measured rounds: allocator noise, well under a 40-byte-per-call leak. */
    private static final long SLACK_KIB = 3 * 1024;

    private NativeMemory() {
    }

    public static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/status", e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    /** Runs {@code call} {@code calls} times per round, one warm-up round and two measured, and asserts RSS stays flat. */
    public static void assertNoLeak(String what, int calls, Runnable call) {
        round(calls, call);
        long growth = measuredGrowth(calls, call);
        if (growth >= SLACK_KIB) {
            // A leak grows in every measurement; the allocator settling once (a new arena, a trimmed
            // heap) does not. Only growth seen twice in a row fails.
            growth = Math.min(growth, measuredGrowth(calls, call));
        }
        assertTrue(growth < SLACK_KIB, what + ": RSS grew by " + growth + " KiB over " + (2L * calls) + " calls, twice in a row");
    }

    private static long measuredGrowth(int calls, Runnable call) {
        System.gc();
        long before = rssKiB();
        round(calls, call);
        round(calls, call);
        System.gc();
        return rssKiB() - before;
    }

    private static void round(int calls, Runnable call) {
        for (int i = 0; i < calls; i++) {
            call.run();
        }
    }
}
