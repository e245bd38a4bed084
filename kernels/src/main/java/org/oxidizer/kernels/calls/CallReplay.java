package org.oxidizer.kernels.calls;

import java.util.Optional;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * One captured call replayed through a kernel and judged against the Java method's answer with the kernel's
 * tolerance: the rule the agent's verification and {@code oxidizer kernel test} share.
 */
public final class CallReplay {

    private final Object answer;
    private final String threw;
    private final String difference;

    private CallReplay(Object answer, String threw, String difference) {
        this.answer = answer;
        this.threw = threw;
        this.difference = difference;
    }

    /**
     * Runs the kernel once on the call.
     *
     * @param args the call's arguments, the kernel's to change (pass a copy)
     * @param javaOutcome what the Java method returned, or for a void method its arguments after the call
     */
    public static CallReplay of(BoundKernel kernel, Object[] args, Object javaOutcome, boolean returnsVoid) {
        Object result;
        try {
            result = kernel.invoke(args);
        } catch (Throwable t) {
            return new CallReplay(null, "threw " + t, "the kernel threw " + t);
        }
        Object answer = returnsVoid ? args : result;
        return new CallReplay(answer, null, ResultDifference.first(javaOutcome, answer, kernel.kernel().tolerance()).orElse(null));
    }

    /** Empty when the kernel's answer passes for Java's; else where they first differ, or what the kernel threw. */
    public Optional<String> difference() {
        return Optional.ofNullable(difference);
    }

    /** {@code "threw ..."} when the kernel threw instead of answering. */
    public Optional<String> threw() {
        return Optional.ofNullable(threw);
    }

    /**
     * The kernel's answer to show beside Java's (for a void method, the arguments after the call), or
     * {@code "threw ..."}: from this one run, so a mismatch is shown without running the kernel again.
     */
    public Object answer() {
        return threw != null ? threw : answer;
    }
}
