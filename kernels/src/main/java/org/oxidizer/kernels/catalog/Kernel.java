package org.oxidizer.kernels.catalog;

import java.util.List;
import java.util.Map;

/**
 * A native kernel as the catalog lists it: the Java method shapes it can replace, how its answers compare
 * with Java's, which threads it uses, and how to bind it. Found through {@link java.util.ServiceLoader}, so
 * a kernel jar on the class path joins the catalog.
 */
public interface Kernel {

    /** Catalog id, also the name of the kernel's main C entry point, e.g. {@code extract_and_aggregate}. */
    String id();

    /** One line for listings: what the replaced Java method computes. */
    String summary();

    /** The Java method shapes this kernel can stand in for. */
    List<MethodShape> shapes();

    /** Where the kernel's answers could differ from Java's and what it does about it (refuses, splits, ...). */
    List<String> semantics();

    ThreadUse threadUse();

    /** How a verifier compares the kernel's result with the Java method's. */
    Tolerance tolerance();

    /**
     * Binds the kernel to one of its shapes with the parameters found in the replaced method (e.g. its
     * regex pattern).
     *
     * @throws UnsupportedBindingException if the shape or a parameter is outside what the kernel matches
     *         exactly, with the reason in one sentence
     */
    BoundKernel bind(String descriptor, Map<String, String> parameters);
}
