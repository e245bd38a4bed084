package org.oxidizer.kernels.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kernel bound to one method shape and its parameters: call it with the replaced method's arguments
 * and get what the method would return. The Java reference is bound alike, for verification.
 */
public final class BoundKernel {

    private final Kernel kernel;
    private final String descriptor;
    private final Map<String, String> parameters;
    private final Function<Object[], Object> nativeCall;
    private final Function<Object[], Object> referenceCall;
    private final Runnable warmUp;
    private final String engine;

    /**
     * @param nativeCall the kernel, taking the method's arguments (without {@code this})
     * @param referenceCall the Java reference with the same parameters
     * @param warmUp one tiny call that loads the library and starts its workers
     */
    public BoundKernel(Kernel kernel, String descriptor, Map<String, String> parameters,
                       Function<Object[], Object> nativeCall, Function<Object[], Object> referenceCall,
                       Runnable warmUp) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.parameters = Map.copyOf(parameters);
        this.nativeCall = Objects.requireNonNull(nativeCall, "nativeCall");
        this.referenceCall = Objects.requireNonNull(referenceCall, "referenceCall");
        this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
        this.engine = "";
    }

    private BoundKernel(BoundKernel bound, String engine) {
        this.kernel = bound.kernel;
        this.descriptor = bound.descriptor;
        this.parameters = bound.parameters;
        this.nativeCall = bound.nativeCall;
        this.referenceCall = bound.referenceCall;
        this.warmUp = bound.warmUp;
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The same binding, saying which engine runs it for these parameters (e.g. "compiled one-pass matcher"). */
    public BoundKernel withEngine(String sentence) {
        return new BoundKernel(this, sentence);
    }

    /** Which engine runs the kernel for these parameters, and why when it is not the fast one; empty if only one. */
    public String engine() {
        return engine;
    }

    public Kernel kernel() {
        return kernel;
    }

    public String descriptor() {
        return descriptor;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** Runs the native kernel; what it throws is the caller's to handle (the swap falls back to Java). */
    public Object invoke(Object[] args) {
        return nativeCall.apply(args);
    }

    /** Runs the Java reference implementation on the same arguments. */
    public Object reference(Object[] args) {
        return referenceCall.apply(args);
    }

    /**
     * Loads the native library and starts its worker threads. Done before profiling starts, so the profiler
     * knows the library's symbols and samples its threads (threads native code creates later are invisible
     * to perf events).
     */
    public void warmUp() {
        warmUp.run();
    }

    /** Fails with {@link UnsupportedBindingException} unless {@code descriptor} is one of the kernel's shapes. */
    public static MethodShape requireShape(Kernel kernel, String descriptor) {
        for (MethodShape shape : kernel.shapes()) {
            if (shape.descriptor().equals(descriptor)) {
                return shape;
            }
        }
        throw new UnsupportedBindingException("Kernel " + kernel.id() + " has no shape " + descriptor
            + "; it replaces " + kernel.shapes());
    }
}
