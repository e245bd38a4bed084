package org.oxidizer.agent.swap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.oxidizer.agent.AgentLog;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.bridge.KernelBridge;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * What one woven method does on each call: run Java while observing (counting, capturing), run both and
 * compare (shadow), let the kernel serve a share of calls (canary) or all of them (swapped). A kernel
 * that throws makes the call fall back to the Java body, so a kernel fault costs time, never an answer.
 */
final class MethodRoute implements Function<Object[], Object> {

    enum Mode { OBSERVE, SHADOW, CANARY, SWAPPED }

    private static final int SHADOW_EXAMPLES = 3;

    final String key;
    final boolean returnsVoid;
    private volatile Mode mode = Mode.OBSERVE;
    private volatile BoundKernel kernel;
    private volatile int canaryPercent;
    private volatile CaptureBuffer capture;
    private final AtomicLong shadowLeft = new AtomicLong();
    private final AtomicLong canaryTicks = new AtomicLong();
    private final LongAdder calls = new LongAdder();
    private final LongAdder served = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder shadowCompared = new LongAdder();
    private final LongAdder shadowDisagreed = new LongAdder();
    private final LongAdder captureCostNanos = new LongAdder();
    private final LongAdder capturedJavaNanos = new LongAdder();
    private final List<String> shadowExamples = new ArrayList<>();
    private final AtomicBoolean faultReported = new AtomicBoolean();
    private final long routedAt = System.nanoTime();
    private volatile long firstCall;
    private volatile long lastCall;

    MethodRoute(String key, boolean returnsVoid) {
        this.key = key;
        this.returnsVoid = returnsVoid;
    }

    @Override
    public Object apply(Object[] args) {
        calls.increment();
        long now = System.nanoTime();
        if (firstCall == 0) {
            firstCall = now;
        }
        lastCall = now;
        Mode m = mode;
        BoundKernel k = kernel;
        if (k != null && (m == Mode.SWAPPED || (m == Mode.CANARY && canaryTick()))) {
            Optional<Object> answer = serve(k, args);
            if (answer.isPresent()) {
                return new KernelBridge.Served(answer.get());
            }
        }
        boolean shadowing = m == Mode.SHADOW && k != null && shadowLeft.getAndDecrement() > 0;
        CaptureBuffer c = capture;
        if (!shadowing && (c == null || c.full())) {
            return null;
        }
        long copyStart = System.nanoTime();
        Object[] before = ArgumentCopies.of(args);
        long start = System.nanoTime();
        captureCostNanos.add(start - copyStart);
        return new Ticket(before, args, shadowing ? k : null, c, start);
    }

    /** Every {@code 100 / percent}-th call on average, spread evenly rather than at random, so runs repeat. */
    private boolean canaryTick() {
        long tick = canaryTicks.getAndIncrement();
        return (tick * canaryPercent) / 100 != ((tick + 1) * canaryPercent) / 100;
    }

    private Optional<Object> serve(BoundKernel k, Object[] args) {
        try {
            Object answer = k.invoke(args);
            served.increment();
            return Optional.of(returnsVoid || answer == null ? Boolean.TRUE : answer);
        } catch (Throwable t) {
            fallbacks.increment();
            if (faultReported.compareAndSet(false, true)) {
                AgentLog.error("kernel " + k.kernel().id() + " failed on " + key + ", running the Java method instead", t);
            }
            return Optional.empty();
        }
    }

    void observe(CaptureBuffer buffer) {
        this.capture = buffer;
    }

    CaptureBuffer capture() {
        return capture;
    }

    void shadow(BoundKernel k, long callsToCompare) {
        kernel = k;
        shadowLeft.set(callsToCompare);
        mode = Mode.SHADOW;
    }

    void canary(BoundKernel k, int percent) {
        kernel = k;
        canaryPercent = percent;
        mode = Mode.CANARY;
    }

    void swap(BoundKernel k) {
        kernel = k;
        mode = Mode.SWAPPED;
    }

    Mode mode() {
        return mode;
    }

    BoundKernel kernel() {
        return kernel;
    }

    Facts facts() {
        long window = lastCall - firstCall;
        Facts facts = new Facts()
            .put(RouteKeys.METHOD, key)
            .put(RouteKeys.MODE, mode.name().toLowerCase(java.util.Locale.ROOT))
            .put(RouteKeys.KERNEL, kernel == null ? null : kernel.kernel().id())
            .put(RouteKeys.CALLS, calls.sum())
            .put(RouteKeys.SERVED_BY_KERNEL, served.sum())
            .put(RouteKeys.FALLBACKS, fallbacks.sum())
            .put(RouteKeys.OBSERVED_NANOS, lastCall == 0 ? 0 : System.nanoTime() - routedAt)
            .put(RouteKeys.FIRST_TO_LAST_CALL_NANOS, window)
            .put(RouteKeys.CANARY_PERCENT, mode == Mode.CANARY ? canaryPercent : null)
            .put(RouteKeys.SHADOW_COMPARED, shadowCompared.sum())
            .put(RouteKeys.SHADOW_DISAGREED, shadowDisagreed.sum());
        synchronized (shadowExamples) {
            for (int i = 0; i < shadowExamples.size(); i++) {
                facts.put(RouteKeys.SHADOW_EXAMPLE + i, shadowExamples.get(i));
            }
        }
        CaptureBuffer c = capture;
        if (c != null) {
            facts.put(RouteKeys.CAPTURED, c.size()).put(RouteKeys.CAPTURE_MAX, c.maxCalls()).put(RouteKeys.CAPTURE_BYTES, c.bytes())
                .put(RouteKeys.CAPTURE_DONE, c.full())
                .put(RouteKeys.CAPTURE_COST_NANOS, captureCostNanos.sum())
                .put(RouteKeys.CAPTURED_JAVA_NANOS, capturedJavaNanos.sum())
                .put(RouteKeys.CAPTURE_SKIPPED_FOR_SIZE, c.skippedForSize());
        }
        return facts;
    }

    /** One observed call in flight: sees the Java body's answer. */
    private final class Ticket implements BiConsumer<Object, Throwable> {
        private final Object[] before;
        private final Object[] live;
        private final BoundKernel shadowKernel;
        private final CaptureBuffer buffer;
        private final long start;

        Ticket(Object[] before, Object[] live, BoundKernel shadowKernel, CaptureBuffer buffer, long start) {
            this.before = before;
            this.live = live;
            this.shadowKernel = shadowKernel;
            this.buffer = buffer;
            this.start = start;
        }

        @Override
        public void accept(Object result, Throwable thrown) {
            long javaNanos = System.nanoTime() - start;
            if (thrown != null) {
                return;
            }
            long keepStart = System.nanoTime();
            Object outcome = returnsVoid ? ArgumentCopies.of(live) : result;
            if (buffer != null) {
                buffer.add(new CallRecord(before, outcome, javaNanos));
            }
            capturedJavaNanos.add(javaNanos);
            captureCostNanos.add(System.nanoTime() - keepStart);
            if (shadowKernel != null) {
                compare(outcome);
            }
        }

        private void compare(Object javaOutcome) {
            String difference;
            try {
                Object[] args = ArgumentCopies.of(before);
                Object answer = shadowKernel.invoke(args);
                Object kernelOutcome = returnsVoid ? ArgumentCopies.of(args) : answer;
                difference = ResultDifference.first(javaOutcome, kernelOutcome, shadowKernel.kernel().tolerance()).orElse(null);
            } catch (Throwable t) {
                difference = "the kernel threw " + t;
            }
            shadowCompared.increment();
            if (difference != null) {
                shadowDisagreed.increment();
                synchronized (shadowExamples) {
                    if (shadowExamples.size() < SHADOW_EXAMPLES) {
                        shadowExamples.add(difference);
                    }
                }
            }
        }
    }
}
