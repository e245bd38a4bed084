package org.oxidizer.kernels.numeric;

import org.oxidizer.kernels.NativeMemory;

/**
 * {@link NativeMemory#assertNoLeak} for calls that also allocate small Java objects, after a warm-up long
 * enough that eden pages touched for the first time no longer grow RSS as a leak would.
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
