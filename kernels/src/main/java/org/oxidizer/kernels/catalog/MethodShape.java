package org.oxidizer.kernels.catalog;

import java.util.List;
import java.util.Objects;

/** One Java method shape a kernel can replace: its erased descriptor, generic signature and parameters. */
public final class MethodShape {

    private final String descriptor;
    private final String signature;
    private final List<String> parameters;
    private final String reference;
    private final String onlyFor;

    /**
     * @param descriptor JVM descriptor, e.g. {@code ([D)D}
     * @param signature the generic types in Java syntax, e.g. {@code double sum(List<Double>)}; for people
     * @param parameters names of binding parameters taken from the replaced method, e.g. {@code pattern}
     * @param reference the Java reference implementation, {@code Class#method}
     */
    public MethodShape(String descriptor, String signature, List<String> parameters, String reference) {
        this(descriptor, signature, parameters, reference, "");
    }

    /**
     * A shape for one method only, as a kernel written for it by {@code oxidizer kernel new} has: other methods of
     * the same types compute something else.
     *
     * @param onlyFor {@code com.acme.Stats#checksum}, or empty for any method of these types
     */
    public MethodShape(String descriptor, String signature, List<String> parameters, String reference, String onlyFor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.parameters = List.copyOf(parameters);
        this.reference = Objects.requireNonNull(reference, "reference");
        this.onlyFor = Objects.requireNonNull(onlyFor, "onlyFor");
    }

    /** The one method ({@code Class#method}) this shape is for, or empty when it stands for any method of its types. */
    public String onlyFor() {
        return onlyFor;
    }

    /** Whether this shape may stand for {@code className#methodName} (binary class name). */
    public boolean admits(String className, String methodName) {
        return onlyFor.isEmpty() || onlyFor.equals(className + "#" + methodName);
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
