package org.oxidizer.kernels.catalog;

import java.util.List;
import java.util.Objects;

/** One Java method shape a kernel can replace: its erased descriptor, generic signature and parameters. */
public final class MethodShape {

    private final String descriptor;
    private final String signature;
    private final List<String> parameters;
    private final String reference;

    /**
     * @param descriptor JVM descriptor, e.g. {@code ([D)D}
     * @param signature the generic types in Java syntax, e.g. {@code double sum(List<Double>)}; for people
     * @param parameters names of binding parameters taken from the replaced method, e.g. {@code pattern}
     * @param reference the Java reference implementation, {@code Class#method}
     */
    public MethodShape(String descriptor, String signature, List<String> parameters, String reference) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.parameters = List.copyOf(parameters);
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public String descriptor() {
        return descriptor;
    }

    public String signature() {
        return signature;
    }

    public List<String> parameters() {
        return parameters;
    }

    public String reference() {
        return reference;
    }

    @Override
    public String toString() {
        return signature + " " + descriptor;
    }
}
