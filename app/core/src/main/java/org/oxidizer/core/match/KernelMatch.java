package org.oxidizer.core.match;

import java.util.Map;

/**
 * A kernel whose shape has a hot method's exact types, with the parameters read from the method and
 * whether the kernel accepted them.
 *
 * @param kernel the kernel's catalog id, e.g. {@code extract_and_aggregate}
 * @param shape the shape that matched, as the catalog writes it (signature and descriptor)
 * @param parameters the binding parameters read from the method, e.g. {@code pattern}; only those found
 * @param bindable whether {@code Kernel.bind} accepted the method's descriptor and parameters
 * @param reason why it is not bindable, one sentence; empty when bindable
 * @param engine which engine runs the kernel for these parameters (e.g. "compiled one-pass matcher", or "regex
 *               crate, correct but slower: ..." with the reason); empty when the kernel has only one
 */
public record KernelMatch(String kernel, String summary, String shape, Map<String, String> parameters,
                          boolean bindable, String reason, String engine) {

    public KernelMatch {
        parameters = Map.copyOf(parameters);
    }

    public KernelMatch(String kernel, String summary, String shape, Map<String, String> parameters, boolean bindable,
                       String reason) {
        this(kernel, summary, shape, parameters, bindable, reason, "");
    }

    /** "extract_and_aggregate {pattern=(\w+)=(\d+)} (compiled one-pass matcher)": what both faces show. */
    public String describe() {
        return kernel + (parameters.isEmpty() ? "" : " " + parameters) + (engine.isEmpty() ? "" : " (" + engine + ")");
    }
}
