package org.oxidizer.kernels.json;

import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.catalog.BoundKernel;
import org.oxidizer.kernels.catalog.Kernel;
import org.oxidizer.kernels.catalog.MethodShape;
import org.oxidizer.kernels.catalog.ThreadUse;
import org.oxidizer.kernels.catalog.Tolerance;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Catalog entry of the JSON writer kernel: a list of word-count maps as one compact JSON array. */
public final class JsonSerialize implements Kernel {

    static final String DESCRIPTOR = "(Ljava/util/List;)Ljava/lang/String;";

    @Override
    public String id() {
        return JsonSerializeKernel.KERNEL_ID;
    }

    @Override
    public String summary() {
        return "List<Map<String, Integer>> as compact JSON text, keys in each map's iteration order";
    }

    @Override
    public List<MethodShape> shapes() {
        return List.of(new MethodShape(DESCRIPTOR, "String toJson(List<Map<String, Integer>> results)", List.of(),
            JsonSerializeReference.class.getName() + "#toJson"));
    }

    @Override
    public List<String> semantics() {
        return List.of(
            "the same chars as the Java method: Java walks each map itself, so keys come in the map's own"
                + " iteration order (HashMap, TreeMap, LinkedHashMap alike)",
            "escapes exactly \" \\ \\b \\f \\n \\r \\t, other chars below U+0020 as \\u00xx (lowercase hex) and"
                + " U+2028/U+2029; everything else, lone surrogates included, is copied as UTF-16 units",
            "a null map is null, a null key \"null\", a null count null; ints as StringBuilder.append(int),"
                + " Integer.MIN_VALUE included",
            "a null list throws NullPointerException, a non-Integer value ClassCastException, like the Java loop;"
                + " a non-String key is written String.valueOf(key), as the Java method does",
            "large RandomAccess lists are walked in slices on several threads at once: maps are only iterated,"
                + " never changed, but one WeakHashMap listed twice would be iterated concurrently",
            "batches above 1 M key chars or 128 K entries are split into several native calls, mid-map if need be,"
                + " never truncated; text past the largest Java String throws OutOfMemoryError like StringBuilder");
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
        if (!parameters.isEmpty()) {
            throw new UnsupportedBindingException("Kernel " + id() + " takes no parameters, not " + parameters.keySet());
        }
        return new BoundKernel(this, descriptor, Map.of(),
            args -> JsonSerializeKernel.toJson((List<Map<String, Integer>>) args[0]),
            args -> JsonSerializeReference.toJson((List<Map<String, Integer>>) args[0]),
            () -> JsonSerializeKernel.toJson(List.of(Map.of("warm", 1), Map.of("up", 2))));
    }
}
