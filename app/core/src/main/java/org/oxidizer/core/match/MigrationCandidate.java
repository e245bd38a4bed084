package org.oxidizer.core.match;

import java.util.List;
import java.util.Optional;

/**
 * A hot Java method and whether a kernel can stand in for it: the kernels whose shape fits, and otherwise the
 * reasons none can, in sentences people read in the hot-method list.
 *
 * @param frame the profile's frame, e.g. {@code org.acme.Foo.bar}
 * @param method what its class file says; null when the class file could not be read
 * @param kernels the kernels whose shape has the method's exact types, bindable or not
 * @param reasons why no kernel can replace the method; empty when one can
 */
public record MigrationCandidate(String frame, double selfPercent, double totalPercent, MethodAnalysis method,
                                 List<KernelMatch> kernels, List<String> reasons) {

    public MigrationCandidate {
        kernels = List.copyOf(kernels);
        reasons = List.copyOf(reasons);
    }

    /** Whether a kernel accepted the method and nothing in its body forbids the swap. */
    public boolean replaceable() {
        return kernel().isPresent();
    }

    /** The first kernel that can replace the method as written. */
    public Optional<KernelMatch> kernel() {
        if (method == null || !method.blockers().isEmpty()) {
            return Optional.empty();
        }
        return kernels.stream().filter(KernelMatch::bindable).findFirst();
    }
}
