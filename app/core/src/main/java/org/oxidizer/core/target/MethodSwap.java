package org.oxidizer.core.target;

/**
 * A Java method and the kernel that replaces it, e.g. {@code TextAggregation#extractAndAggregate -> extract_and_aggregate}.
 *
 * @param descriptor the method's JVM descriptor, or null for the kernel's first shape
 */
public record MethodSwap(String className, String methodName, String descriptor, String kernelId) {

    public MethodSwap(String className, String methodName, String kernelId) {
        this(className, methodName, null, kernelId);
    }

    /** {@code com.acme.Foo.bar} as people write it. */
    public String method() {
        return className + "." + methodName;
    }

    /** The agent's {@code swap=} value. */
    String agentSpec() {
        return className + "#" + methodName + (descriptor == null ? "" : descriptor) + "@" + kernelId;
    }
}
