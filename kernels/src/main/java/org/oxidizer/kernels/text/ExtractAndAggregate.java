package org.oxidizer.kernels.text;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Catalog entry of the headline kernel: per text, sum the numbers of every {@code (word) (number)} match. */
public final class ExtractAndAggregate implements Kernel {

    static final String DESCRIPTOR = "(Ljava/util/List;)Ljava/util/List;";

    /** The pattern the hand-written scanner implements. */
    public static final String DEFAULT_PATTERN = "(\\w+)\\s+(\\d+)";

    @Override
    public String id() {
        return ExtractAndAggregateKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "per text, sum group 2 (as int) by group 1 over every match of a regex";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR,
            "List<Map<String, Integer>> extractAndAggregate(List<String> texts)", List.of("pattern"),
            ExtractAndAggregateReference.class.getName() + "#extractAndAggregate"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "\\w, \\d, \\s are Java's ASCII classes, not Unicode ones; CJK words never match",
            "group 2 is read like Integer.parseInt: a number past int range counts as 0; sums wrap like int +",
            "one HashMap per text, in order; a null list or text throws NullPointerException like the Java loop",
            "batches above 96 MB of UTF-8 are split into several native calls, never truncated");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.NATIVE_POOL_AND_FORK_JOIN;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    @SuppressWarnings("unchecked")
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        String pattern = parameters.getOrDefault("pattern", DEFAULT_PATTERN);
        if (!DEFAULT_PATTERN.equals(pattern)) {
            throw new UnsupportedBindingException("Kernel " + id() + " implements only the pattern "
                + DEFAULT_PATTERN + ", not " + pattern);
        }
        return new BoundKernel(this, descriptor, Map.of("pattern", pattern),
            args -> ExtractAndAggregateKernel.extractAndAggregate((List<String>) args[0]),
            args -> ExtractAndAggregateReference.extractAndAggregate((List<String>) args[0]),
            () -> ExtractAndAggregateKernel.extractAndAggregate(List.of("warm 1", "up 2")));
    }
}
