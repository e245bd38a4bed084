package org.oxidizer.agent.swap;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.oxidizer.agent.AgentLog;
import org.oxidizer.kernels.catalog.BoundKernel;

/**
 * What the bridge calls for one swapped method: runs the kernel and counts. A kernel that throws makes
 * the call fall back to the Java body, so a kernel fault costs time, never an answer.
 */
final class KernelRoute implements Function<Object[], Object> {

    private final BoundKernel binding;
    private final LongAdder calls = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private final AtomicBoolean reported = new AtomicBoolean();

    KernelRoute(BoundKernel binding) {
        this.binding = binding;
    }

    @Override
    public Object apply(Object[] args) {
        calls.increment();
        try {
            return binding.invoke(args);
        } catch (Throwable t) {
            fallbacks.increment();
            if (reported.compareAndSet(false, true)) {
                AgentLog.error("kernel " + binding.kernel().id() + " failed, running the Java method instead", t);
            }
            return null;
        }
    }

    long calls() {
        return calls.sum();
    }

    long fallbacks() {
        return fallbacks.sum();
    }
}
