package org.oxidizer.agent.swap;

import java.util.List;
import java.util.Optional;
import org.oxidizer.agent.api.Facts;
import org.oxidizer.agent.api.VerificationKeys;
import org.oxidizer.kernels.calls.ArgumentCopies;
import org.oxidizer.kernels.calls.CallReplay;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * Replays captured calls through a kernel and compares each answer with the Java method's, with the
 * kernel's declared tolerance. Runs in the target, off the application's threads.
 */
final class Verification {

    private Verification() {
    }

    static Facts replay(List<CallRecord> records, BoundKernel kernel, boolean returnsVoid) {
        Facts facts = new Facts()
            .put(VerificationKeys.KERNEL, kernel.kernel().id())
            .put(VerificationKeys.PARAMETERS, new java.util.TreeMap<>(kernel.parameters()))
            .put(VerificationKeys.TOLERANCE, kernel.kernel().tolerance().description())
            .put(VerificationKeys.CALLS, records.size());
        int identical = 0;
        boolean mismatchShown = false;
        if (!records.isEmpty()) {
            warmUp(kernel, records.get(0));
        }
        for (int i = 0; i < records.size(); i++) {
            CallRecord record = records.get(i);
            Object[] args = ArgumentCopies.of(record.args);
            CallReplay replay = CallReplay.of(kernel, args, record.outcome, returnsVoid);
            Optional<String> difference = replay.difference();
            if (difference.isEmpty()) {
                identical++;
            } else if (!mismatchShown) {
                mismatchShown = true;
                Object outcome = replay.answer();
                facts.put(VerificationKeys.MISMATCH_CALL, i)
                    .put(VerificationKeys.MISMATCH_WHERE, difference.get())
                    .put(VerificationKeys.MISMATCH_INPUT, inputExcerpt(record.args, difference.get()))
                    .put(VerificationKeys.MISMATCH_JAVA, excerpt(record.outcome, difference.get()))
                    .put(VerificationKeys.MISMATCH_KERNEL, excerpt(outcome, difference.get()));
            }
        }
        return facts.put(VerificationKeys.IDENTICAL, identical)
            .put(VerificationKeys.PASSED, !records.isEmpty() && identical == records.size());
    }

    /** One untimed run first: the Java times were taken on a warm JIT, the kernel's should be too. */
    private static void warmUp(BoundKernel kernel, CallRecord record) {
        try {
            kernel.invoke(ArgumentCopies.of(record.args));
        } catch (Throwable t) {
            // the timed replay reports it
        }
    }

    /** The element of a list argument the difference's path starts at, else the whole argument list. */
    private static String inputExcerpt(Object[] args, String where) {
        int index = leadingIndex(where);
        if (args.length == 1 && args[0] instanceof List && index >= 0 && index < ((List<?>) args[0]).size()) {
            return "[" + index + "] " + ResultDifference.show(((List<?>) args[0]).get(index));
        }
        return ResultDifference.show(args.length == 1 ? args[0] : args);
    }

    private static String excerpt(Object value, String where) {
        int index = leadingIndex(where);
        if (value instanceof List && index >= 0 && index < ((List<?>) value).size()) {
            return "[" + index + "] " + ResultDifference.show(((List<?>) value).get(index));
        }
        return ResultDifference.show(value);
    }

    private static int leadingIndex(String where) {
        if (!where.startsWith("[")) {
            return -1;
        }
        int close = where.indexOf(']');
        try {
            return Integer.parseInt(where.substring(1, close));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
