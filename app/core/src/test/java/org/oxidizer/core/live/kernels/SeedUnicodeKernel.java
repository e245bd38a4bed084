package org.oxidizer.core.live.kernels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;

/**
 * A deliberately wrong kernel, as the seed's own Rust code was: Unicode {@code \w} (so CJK words match)
 * and no int overflow rule. The verifier must refuse to swap it in.
 */
public final class SeedUnicodeKernel implements Kernel {

    private static final Pattern UNICODE_PAIR = Pattern.compile("(\\w+)\\s+(\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public String id() {
        return "seed_unicode_extract";
    }

    @Override
    public String summary() {
        return "the seed's extraction with Unicode classes (wrong on purpose)";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape("(Ljava/util/List;)Ljava/util/List;",
            "List<Map<String, Integer>> extractAndAggregate(List<String> texts)", List.of(), getClass().getName() + "#run"));
    }

    @Override
    public List<String> semantics() {
        return List.of("\\w and \\d are Unicode, unlike Java's defaults");
    }

    @Override
    public ThreadUse threadUse() {
        return ThreadUse.CALLING_THREAD;
    }

    @Override
    public Tolerance tolerance() {
        return Tolerance.exact();
    }

    @Override
    @SuppressWarnings("unchecked")
    public BoundKernel bind(String descriptor, Map<String, String> parameters) {
        BoundKernel.requireShape(this, descriptor);
        return new BoundKernel(this, descriptor, Map.of(), args -> run((List<String>) args[0]),
            args -> run((List<String>) args[0]), () -> run(List.of("warm 1")));
    }

    private static List<Map<String, Integer>> run(List<String> texts) {
        List<Map<String, Integer>> result = new ArrayList<>();
        for (String text : texts) {
            Map<String, Integer> counts = new HashMap<>();
            Matcher m = UNICODE_PAIR.matcher(text);
            while (m.find()) {
                long n = Long.parseLong(m.group(2).length() > 18 ? "0" : m.group(2));
                counts.merge(m.group(1), (int) n, Integer::sum);
            }
            result.add(counts);
        }
        return result;
    }
}
