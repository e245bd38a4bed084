package org.oxidizer.agent.swap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.oxidizer.agent.AgentLog;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.RouteKeys;
import org.oxidizer.agent.bridge.KernelBridge;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * What one woven method does on each call: run Java while observing (counting, capturing), run both and
 * compare (shadow), let the kernel serve a share of calls (canary) or all of them (swapped). A kernel
 * that throws makes the call fall back to the Java body, so a kernel fault costs time, never an answer.
 */
final class MethodRoute implements KernelBridge.Route {

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
    private final CallTimes javaTimes = new CallTimes();
    private final CallTimes kernelTimes = new CallTimes();
    /** 0: every call is timed; 15: one in 16, once calls are so short that timing them would show. */
    private volatile int timingMask;
    /** The class that declares the method, known from its first call. */
    private volatile Class<?> owner;
    /** A thread replaying captured calls through the Java body: its calls run the body untouched. */
    private volatile Thread replaying;
    /** While set, the application's calls wait at the method's entry: the measurement has the cores to itself. */
    private volatile java.util.concurrent.CountDownLatch quiet;
    private volatile long quietNanos;
    private final LongAdder heldNanos = new LongAdder();
    /** A hold's time, counted in {@link #heldNanos} once a call follows it (the share's window is first to last call). */
    private final AtomicLong heldPending = new AtomicLong();
    private final AtomicLong holds = new AtomicLong();
    private final java.util.Set<Long> callers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    MethodRoute(String key, boolean returnsVoid) {
        this.key = key;
        this.returnsVoid = returnsVoid;
    }

    @Override
    public Object enter(Class<?> declaring, Object self, Object[] args) {
        if (replaying == Thread.currentThread()) {
            return null;
        }
        java.util.concurrent.CountDownLatch wait = quiet;
        if (wait != null) {
            awaitQuiet(wait);
        }
        if (owner == null) {
            owner = declaring;
        }
        if (heldPending.get() != 0) {
            heldNanos.add(heldPending.getAndSet(0));
        }
        calls.increment();
        long now = System.nanoTime();
        if (firstCall == 0) {
            firstCall = now;
        }
        lastCall = now;
        Mode m = mode;
        BoundKernel k = kernel;
        if (k != null && (m == Mode.SWAPPED || (m == Mode.CANARY && canaryTick()))) {
            Optional<Object> answer = serve(k, args, timed());
            if (answer.isPresent()) {
                return new KernelBridge.Served(answer.get());
            }
        }
        boolean shadowing = m == Mode.SHADOW && k != null && shadowLeft.getAndDecrement() > 0;
        CaptureBuffer c = capture;
        if (!shadowing && (c == null || c.full())) {
            return timed() ? new Timing(System.nanoTime()) : null;
        }
        long copyStart = System.nanoTime();
        Object[] before = ArgumentCopies.of(args);
        long start = System.nanoTime();
        captureCostNanos.add(start - copyStart);
        return new Ticket(self, before, args, shadowing ? k : null, c, start);
    }

    private boolean timed() {
        int mask = timingMask;
        return mask == 0 || (calls.sum() & mask) == 0;
    }

    /** Calls under 20 µs are timed one in 16: two clock reads and a ticket would otherwise weigh on them. */
    private void timedJava(long nanos) {
        javaTimes.add(nanos, timingMask + 1);
        timingMask = javaTimes.mean() < 20_000 ? 15 : 0;
        countCaller();
    }

    private void countCaller() {
        if (callers.size() < 64) {
            callers.add(Thread.currentThread().getId());
        }
    }

    /**
     * Runs {@code body} on this thread with the method's own body answering this thread's calls. With {@code
     * holdCallers}, the application's calls of the method wait at its entry meanwhile (at most {@code maxNanos}), so
     * neither side of a measurement shares the cores with the method's own callers.
     */
    <T> T replayingJava(java.util.concurrent.Callable<T> body, boolean holdCallers, long maxNanos) throws Exception {
        replaying = Thread.currentThread();
        long start = System.nanoTime();
        if (holdCallers) {
            holds.incrementAndGet();
            quietNanos = maxNanos;
            quiet = new java.util.concurrent.CountDownLatch(1);
        }
        try {
            return body.call();
        } finally {
            java.util.concurrent.CountDownLatch wait = quiet;
            quiet = null;
            if (wait != null) {
                heldPending.addAndGet(System.nanoTime() - start);
                wait.countDown();
            }
            replaying = null;
        }
    }

    private void awaitQuiet(java.util.concurrent.CountDownLatch wait) {
        try {
            wait.await(quietNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Class<?> owner() {
        return owner;
    }

    /** Every {@code 100 / percent}-th call on average, spread evenly rather than at random, so runs repeat. */
    private boolean canaryTick() {
        long tick = canaryTicks.getAndIncrement();
        return (tick * canaryPercent) / 100 != ((tick + 1) * canaryPercent) / 100;
    }

    private Optional<Object> serve(BoundKernel k, Object[] args, boolean time) {
        try {
            long start = time ? System.nanoTime() : 0;
            Object answer = k.invoke(args);
            if (time) {
                kernelTimes.add(System.nanoTime() - start, timingMask + 1);
                countCaller();
            }
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
        facts.put(RouteKeys.CALLER_THREADS, callers.size()).put(RouteKeys.HELD_NANOS, heldNanos.sum())
            .put(RouteKeys.HOLDING, quiet != null).put(RouteKeys.HOLDS, holds.get());
        javaTimes.into(facts, RouteKeys.TIMING_JAVA);
        kernelTimes.into(facts, RouteKeys.TIMING_KERNEL);
        CaptureBuffer c = capture;
        if (c != null) {
            facts.put(RouteKeys.CAPTURED, c.size()).put(RouteKeys.CAPTURE_MAX, c.maxCalls()).put(RouteKeys.CAPTURE_BYTES, c.bytes())
                .put(RouteKeys.CAPTURE_DONE, c.full())
                .put(RouteKeys.CAPTURE_COST_NANOS, captureCostNanos.sum())
                .put(RouteKeys.CAPTURED_JAVA_NANOS, capturedJavaNanos.sum())
                .put(RouteKeys.CAPTURE_SKIPPED_FOR_SIZE, c.skippedForSize())
                .put(RouteKeys.CAPTURE_REFUSED, c.refused());
        }
        return facts;
    }

    /** One timed call of the Java body in flight. */
    private final class Timing implements BiConsumer<Object, Throwable> {
        private final long start;

        Timing(long start) {
            this.start = start;
        }

        @Override
        public void accept(Object result, Throwable thrown) {
            timedJava(System.nanoTime() - start);
        }
    }

    /** One observed call in flight: sees the Java body's answer. */
    private final class Ticket implements BiConsumer<Object, Throwable> {
        private final Object self;
        private final Object[] before;
        private final Object[] live;
        private final BoundKernel shadowKernel;
        private final CaptureBuffer buffer;
        private final long start;

        Ticket(Object self, Object[] before, Object[] live, BoundKernel shadowKernel, CaptureBuffer buffer, long start) {
            this.self = self;
            this.before = before;
            this.live = live;
            this.shadowKernel = shadowKernel;
            this.buffer = buffer;
            this.start = start;
        }

        @Override
        public void accept(Object result, Throwable thrown) {
            long javaNanos = System.nanoTime() - start;
            timedJava(javaNanos);
            if (thrown != null) {
                return;
            }
            long keepStart = System.nanoTime();
            Object outcome = returnsVoid ? ArgumentCopies.of(live) : result;
            if (buffer != null) {
                buffer.add(new CallRecord(self, before, outcome, javaNanos));
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
