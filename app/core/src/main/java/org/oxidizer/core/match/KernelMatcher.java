package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.KernelCatalog;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/**
 * Finds the catalog's shapes with a method's exact types, reads the shapes' binding parameters from the
 * method and lets each kernel judge them: only {@code Kernel.bind} knows which patterns it implements.
 */
final class KernelMatcher {

    /** @param misses shapes with the method's descriptor but other generic types, one sentence each */
    record Result(List<KernelMatch> matches, List<String> misses) {
    }

    private final KernelCatalog catalog;

    KernelMatcher(KernelCatalog catalog) {
        this.catalog = catalog;
    }

    Result match(MethodAnalysis method) {
        List<KernelMatch> matches = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Kernel kernel : catalog.kernels()) {
            for (MethodShape shape : kernel.shapes()) {
                if (!shape.descriptor().equals(method.descriptor()) || !shape.admits(method.className(), method.name())) {
                    continue;
                }
                JavaSignature types = typesOf(shape);
                if (method.generic() && types != null && !types.sameTypes(method.signature())) {
                    misses.add("kernel " + kernel.id() + " takes " + types + ", not " + method.signature());
                    continue;
                }
                matches.add(bind(kernel, shape, method));
                break;
            }
        }
        return new Result(matches, misses);
    }

    private static KernelMatch bind(Kernel kernel, MethodShape shape, MethodAnalysis method) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : shape.parameters()) {
            BindingParameter.Value value = BindingParameter.read(name, method);
            if (value.text() == null) {
                return new KernelMatch(kernel.id(), kernel.summary(), shape.toString(), parameters, false,
                    "kernel " + kernel.id() + " cannot be bound: " + value.reason());
            }
            parameters.put(name, value.text());
        }
        String reason = "";
        String engine = "";
        try {
            engine = kernel.bind(method.descriptor(), parameters).engine();
        } catch (UnsupportedBindingException e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            reason = "kernel " + kernel.id() + " failed to bind: " + e;
        }
        return new KernelMatch(kernel.id(), kernel.summary(), shape.toString(), parameters, reason.isEmpty(), reason, engine);
    }

    /** The shape's types, or null when its signature is not Java syntax we read (then the descriptor decides). */
    private static JavaSignature typesOf(MethodShape shape) {
        try {
            return JavaSignature.parse(shape.signature());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
