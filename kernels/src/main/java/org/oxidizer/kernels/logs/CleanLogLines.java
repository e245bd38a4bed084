package org.oxidizer.kernels.logs;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Catalog entry of the log-cleaning kernel: raw log lines to tab-separated rows with extracted fields. */
public final class CleanLogLines implements Kernel {

    static final String DESCRIPTOR = "(Ljava/util/List;)Ljava/util/List;";

    @Override
    public String id() {
        return CleanLogLinesKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "per log line: trim, match timestamp/level/service, extract user and latency, collapse whitespace,"
            + " lowercase ASCII, count tokens/digits/URLs/e-mails; one row per record";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR, "List<String> cleanLogLines(List<String> lines)", List.of("pattern"),
            CleanLogLinesReference.class.getName() + "#cleanLogLines"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "the same rows as the Java method: trim() strips every char up to U+0020; \\d \\s \\w are Java's ASCII"
                + " classes; . excludes \\n \\r U+0085 U+2028 U+2029, so lines holding one are dropped",
            "lowercasing and digit counting are ASCII only, as the Java method does; other text is copied as is",
            "latency is read like Integer.parseInt: leading zeros dropped, '-' past int range",
            "lines holding a lone surrogate (no UTF-8 form) are cleaned by the Java reference, in place",
            "a null list or line throws NullPointerException like the Java loop",
            "batches above 16 M chars or 256 K lines are split into several native calls, never truncated");
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
        String pattern = parameters.getOrDefault("pattern", CleanLogLinesReference.LINE_PATTERN);
        if (!CleanLogLinesReference.LINE_PATTERN.equals(pattern)) {
            throw new UnsupportedBindingException("Kernel " + id() + " implements only the line pattern "
                + CleanLogLinesReference.LINE_PATTERN + ", not " + pattern);
        }
        return new BoundKernel(this, descriptor, Map.of("pattern", pattern),
            args -> CleanLogLinesKernel.cleanLogLines((List<String>) args[0]),
            args -> CleanLogLinesReference.cleanLogLines((List<String>) args[0]),
            () -> CleanLogLinesKernel.cleanLogLines(List.of("2026-01-01T00:00:00Z INFO warm up", "not a record")));
    }
}
