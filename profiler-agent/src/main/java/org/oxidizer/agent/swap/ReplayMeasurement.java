package org.oxidizer.agent.swap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.calls.PairedReplay;
import org.oxidizer.kernels.catalog.BoundKernel;

/**
 * The A/B measurement on a live target's captured calls ({@link PairedReplay}): the method's own Java body,
 * found on the class its calls came from, against the kernel; the application's calls may wait meanwhile.
 * Nothing of the capture's own cost is in either side.
 */
final class ReplayMeasurement {

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
        List<Object[]> calls = new ArrayList<>(records.size());
        records.forEach(r -> calls.add(r.args));
        Object self = records.get(0).self;
        PairedReplay.Pairs pairs = PairedReplay.measure(calls, args -> method.invoke(self, args), kernel::invoke, budget);
        return facts.put(VerificationKeys.AB_WARMUP_PASSES, pairs.warmupPasses).put(VerificationKeys.AB_STEADY, pairs.steady)
            .put(VerificationKeys.AB_PASSES, pairs.passes).put(VerificationKeys.AB_SPENT_NANOS, pairs.spentNanos)
            .put(VerificationKeys.AB_JAVA, joined(pairs.java)).put(VerificationKeys.AB_KERNEL, joined(pairs.kernel));
    }

    private static String joined(long[] values) {
        StringBuilder text = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.toString();
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
            if (m.getName().equals(name) && org.objectweb.asm.Type.getMethodDescriptor(m).equals(descriptor)) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new IllegalStateException(owner.getName() + " declares no " + name + descriptor);
    }
}
