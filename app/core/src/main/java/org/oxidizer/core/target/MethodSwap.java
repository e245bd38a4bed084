package org.oxidizer.core.target;

/** A Java method and the kernel that replaces it, e.g. {@code TextAggregation#extractAndAggregate -> extract_and_aggregate}. */
public record MethodSwap(String className, String methodName, String kernelId) {

    /** {@code com.acme.Foo.bar} as people write it. */
    public String method() {
        return className + "." + methodName;
    }
}
