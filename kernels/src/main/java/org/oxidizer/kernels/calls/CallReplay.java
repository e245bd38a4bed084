package org.oxidizer.kernels.calls;

import java.util.Optional;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.ResultDifference;

/**
 * One captured call replayed through a kernel and judged against the Java method's answer with the kernel's
 * tolerance: the rule the agent's verification and {@code oxidizer kernel test} share.
 */
public final class CallReplay {

    private CallReplay() {
    }

    /**
     * @param args the call's arguments, the kernel's to change (pass a copy)
     * @param javaOutcome what the Java method returned, or for a void method its arguments after the call
     * @return empty when the kernel's answer passes for Java's; else where they first differ, or what the kernel threw
     */
    public static Optional<String> difference(BoundKernel kernel, Object[] args, Object javaOutcome, boolean returnsVoid) {
        Object result;
        try {
            result = kernel.invoke(args);
        } catch (Throwable t) {
            return Optional.of("the kernel threw " + t);
        }
        return ResultDifference.first(javaOutcome, returnsVoid ? args : result, kernel.kernel().tolerance());
    }
}
