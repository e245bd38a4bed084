package org.oxidizer.core.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A person pressed Stop: profiling ends early but keeps what it sampled (unlike cancel, which discards). */
public final class StopSignal {

    private volatile boolean requested;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    public void request() {
        requested = true;
        hooks.forEach(Runnable::run);
    }

    public boolean requested() {
        return requested;
    }

    /** Runs {@code hook} on a stop request, at once if one came already. */
    public void onRequest(Runnable hook) {
        hooks.add(hook);
        if (requested) {
            hook.run();
        }
    }
}
