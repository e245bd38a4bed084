package org.oxidizer.kernels.numeric;

import org.oxidizer.kernels.NativeMemory;

/**
 * {@link NativeMemory#assertNoLeak} for calls that also allocate small Java objects (results, buffer views):
 * eden pages touched for the first time grow RSS as a leak would, so a longer warm-up touches them first.
 */
final class NativeLeaks {

    private static final int WARM_UP_CALLS = 300_000;

    private NativeLeaks() {
    }

    static void assertNoLeak(String what, Runnable call) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call.run();
        }
        NativeMemory.assertNoLeak(what, 100_000, call);
    }
}
