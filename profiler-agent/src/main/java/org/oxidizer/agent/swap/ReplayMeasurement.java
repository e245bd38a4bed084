package org.oxidizer.agent.swap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.kernels.catalog.BoundKernel;

/**
 * The A/B measurement on captured calls: the method's own Java body and the kernel, each call replayed on both
 * sides back to back on this one thread, the side that goes first alternating, over passes until the time
 * budget is spent. Warm-up passes come first and last until both sides' pass times settle (JIT), or until
 * 60% of the budget is gone. Arguments are copied before each timed call, outside the timing; nothing of the
 * capture's own cost is in either side. The analysis (estimate, interval) is the workbench's job: this only
 * measures and hands over the pairs.
 */
final class ReplayMeasurement {

    /** Pairs handed over at most; past that, more pairs add little to the interval. */
    static final int MAX_PAIRS = 2_000;
    /** Warm-up stops when each side's last {@code SETTLE_PASSES} pass times are within this ratio of each other. */
    static final double SETTLED = 1.10;
    static final int SETTLE_PASSES = 3;
    /** Pairs the measurement goes on for past its budget (up to twice the budget): fewer give no 95% interval. */
    static final int MIN_PAIRS = 8;

    private ReplayMeasurement() {
    }

    /**
     * @param holdCallers the application's calls of the method wait while this measures (a live verification), so
     *                    a kernel that uses every core is not measured against the application's own threads
     */
    static Facts run(MethodRoute route, List<CallRecord> records, BoundKernel kernel, long budgetNanos, boolean holdCallers) {
        Facts facts = new Facts().put(VerificationKeys.AB_BUDGET_NANOS, budgetNanos);
        if (budgetNanos <= 0) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "no time was given for an A/B measurement");
        }
        if (records.isEmpty()) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "no captured calls to measure on");
        }
        Method method;
        try {
            method = javaMethod(route);
        } catch (RuntimeException e) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "the Java method cannot be replayed: " + e.getMessage());
        }
        if (!Modifier.isStatic(method.getModifiers()) && records.get(0).self == null) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "the captured calls have no receiver to replay the Java method on");
        }
        try {
            facts.put(VerificationKeys.AB_CALLERS_HELD, holdCallers);
            // a pass may overrun the budget by one call on each side
            return route.replayingJava(() -> measure(method, records, kernel, budgetNanos, facts), holdCallers,
                budgetNanos + 2 * maxCallNanos(records) + 1_000_000_000L);
        } catch (InvocationTargetException e) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "the Java method threw when replayed: " + e.getCause());
        } catch (Exception e) {
            return facts.put(VerificationKeys.AB_UNAVAILABLE, "the replay failed: " + e);
        }
    }

    private static long maxCallNanos(List<CallRecord> records) {
        long max = 0;
        for (CallRecord r : records) {
            max = Math.max(max, r.javaNanos);
        }
        return max;
    }

    private static Facts measure(Method method, List<CallRecord> records, BoundKernel kernel, long budget, Facts facts)
            throws Exception {
        long begin = System.nanoTime();
        long warmupEnd = begin + budget * 3 / 5;
        long end = begin + budget;
        int n = records.size();
        long[] java = new long[n];
        long[] native_ = new long[n];
        double[][] passTimes = new double[SETTLE_PASSES][];
        int warmups = 0;
        boolean steady = false;
        while (!steady) {
            pass(method, records, kernel, warmups, java, native_, n);
            passTimes[warmups % SETTLE_PASSES] = new double[] {sum(java, n), sum(native_, n)};
            warmups++;
            steady = warmups >= SETTLE_PASSES && settled(passTimes);
            if (System.nanoTime() >= warmupEnd) {
                break;
            }
        }
        StringBuilder javaPairs = new StringBuilder();
        StringBuilder kernelPairs = new StringBuilder();
        int pairs = 0;
        int passes = 0;
        do {
            int count = Math.min(n, MAX_PAIRS - pairs);
            pass(method, records, kernel, warmups + passes, java, native_, count);
            for (int i = 0; i < count; i++) {
                javaPairs.append(pairs + i == 0 ? "" : ",").append(java[i]);
                kernelPairs.append(pairs + i == 0 ? "" : ",").append(native_[i]);
            }
            pairs += count;
            passes++;
        } while ((System.nanoTime() < end || pairs < MIN_PAIRS && System.nanoTime() < begin + 2 * budget) && pairs < MAX_PAIRS);
        return facts.put(VerificationKeys.AB_WARMUP_PASSES, warmups).put(VerificationKeys.AB_STEADY, steady)
            .put(VerificationKeys.AB_PASSES, passes).put(VerificationKeys.AB_SPENT_NANOS, System.nanoTime() - begin)
            .put(VerificationKeys.AB_JAVA, javaPairs.toString()).put(VerificationKeys.AB_KERNEL, kernelPairs.toString());
    }

    /** Times the first {@code count} calls on both sides; which side goes first alternates by call and pass. */
    private static void pass(Method method, List<CallRecord> records, BoundKernel kernel, int pass,
                             long[] java, long[] native_, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            CallRecord record = records.get(i);
            if (((i + pass) & 1) == 0) {
                java[i] = timeJava(method, record);
                native_[i] = timeKernel(kernel, record);
            } else {
                native_[i] = timeKernel(kernel, record);
                java[i] = timeJava(method, record);
            }
        }
    }

    private static long timeJava(Method method, CallRecord record) throws Exception {
        Object[] args = ArgumentCopies.of(record.args);
        long start = System.nanoTime();
        method.invoke(record.self, args);
        return System.nanoTime() - start;
    }

    private static long timeKernel(BoundKernel kernel, CallRecord record) {
        Object[] args = ArgumentCopies.of(record.args);
        long start = System.nanoTime();
        kernel.invoke(args);
        return System.nanoTime() - start;
    }

    private static double sum(long[] values, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += values[i];
        }
        return total;
    }

    private static boolean settled(double[][] passTimes) {
        for (int side = 0; side < 2; side++) {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double[] pass : passTimes) {
                min = Math.min(min, pass[side]);
                max = Math.max(max, pass[side]);
            }
            if (max > min * SETTLED) {
                return false;
            }
        }
        return true;
    }

    /** The woven method itself, found on the class its calls came from; made callable from here. */
    static Method javaMethod(MethodRoute route) {
        Class<?> owner = route.owner();
        if (owner == null) {
            throw new IllegalStateException("it has not been called since it was woven");
        }
        String name = route.key.substring(owner.getName().length() + 1, route.key.indexOf('('));
        String descriptor = MethodSwapper.descriptorOf(route.key);
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name) && new MethodDescription.ForLoadedMethod(m).getDescriptor().equals(descriptor)) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new IllegalStateException(owner.getName() + " declares no " + name + descriptor);
    }
}
