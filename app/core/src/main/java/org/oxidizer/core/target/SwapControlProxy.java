package org.oxidizer.core.target;

/**
 * The agent's {@code org.oxidizer:type=Swap} MXBean as core calls it (the same operations; core does
 * not depend on the agent's classes). Results are {@link java.util.Properties} text.
 */
public interface SwapControlProxy {

    String observe(String methodKey, int calls, long maxBytes);

    String verify(String methodKey, String kernelId, String parameters);

    String swap(String methodKey, String kernelId, String parameters, boolean force);

    String canary(String methodKey, String kernelId, String parameters, int percent, boolean force);

    String shadow(String methodKey, String kernelId, String parameters, long calls);

    boolean revert(String methodKey);

    String status(String methodKey);

    String[] getMethods();

    byte[] classFile(String className);

    String[] getKernels();
}
