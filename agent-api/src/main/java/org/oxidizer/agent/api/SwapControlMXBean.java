package org.oxidizer.agent.api;

/**
 * How the workbench moves a method from Java to a kernel in a running target, registered as
 * {@link AgentNames#SWAP}. Methods are named by key: {@code com.acme.Texts.extract(Ljava/util/List;)Ljava/util/List;}.
 * Results are {@link Facts} text (keys in {@link RouteKeys}, {@link VerificationKeys}, {@link SwapKeys}). Parameters are {@code name=value} lines (a regex pattern...).
 */
public interface SwapControlMXBean {

    /**
     * Weaves the method if needed, counts its calls and captures the next {@code calls} (0: count only), keeping at
     * most {@code maxBytes} of arguments and answers (0: {@link RouteKeys#DEFAULT_CAPTURE_BYTES}); answers its status.
     */
    String observe(String methodKey, int calls, long maxBytes);

    /**
     * Writes the calls captured so far to {@code path} in the target's file system, as
     * {@code org.oxidizer.kernels.calls.CallFile}; {@code signature} is the method's types for people. Answers
     * {@link RouteKeys#CAPTURED} and {@link RouteKeys#CAPTURE_BYTES}.
     */
    String saveCalls(String methodKey, String signature, String path);

    /**
     * Replays the captured calls through the kernel and compares with Java's answers; when all agree, measures the
     * Java body against the kernel on those calls (A/B, same thread, alternating, warmed) for up to
     * {@code measureMillis} (0: no measurement).
     */
    String verify(String methodKey, String kernelId, String parameters, long measureMillis);

    /** The kernel serves every call; refused unless the same kernel and parameters passed verification, or forced. */
    String swap(String methodKey, String kernelId, String parameters, boolean force);

    /** The kernel serves {@code percent}% of calls; same verification rule as swap. */
    String canary(String methodKey, String kernelId, String parameters, int percent, boolean force);

    /** Java serves and the kernel runs beside it on the next {@code calls} calls; disagreements are counted. */
    String shadow(String methodKey, String kernelId, String parameters, long calls);

    /** Restores the original method; false when it was not woven. */
    boolean revert(String methodKey);

    /** Calls, mode, captured calls, shadow counts and the last verification of one woven method. */
    String status(String methodKey);

    String[] getMethods();

    /** The class file of a loaded (or loadable) class, as its class loader finds it; for candidate matching. */
    byte[] classFile(String className);

    /**
     * Adds the kernels of jars on the target's machine ({@code File.pathSeparator}-separated) to its catalog; answers
     * the catalog's kernel ids, then {@code problem: ...} lines for jars or kernels that failed to load.
     */
    String[] addKernels(String kernelPath);

    /** The kernel catalog as the target sees it: one line per kernel, {@code id<TAB>shape descriptors}. */
    String[] getKernels();
}
