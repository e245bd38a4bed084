package org.oxidizer.kernels.text;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.oxidizer.kernels.KernelLibrary;
import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/**
 * Native replacement for {@link PatternPairsReference#extractAndAggregate} with one translated pattern. A one-pass
 * pattern ({@link JavaPatternTranslation#compiled()}) runs on the compiled matcher: one greedy pass over the UTF-16
 * texts, counted natively, as the headline kernel does. Any other runs on the regex crate, which finds the matches
 * of a whole batch in parallel while Java replays them into the maps. Immutable and safe to share between threads.
 */
public final class PatternPairsKernel {

    /** Name of the C entry point. */
    public static final String ENTRY_POINT = "extract_and_aggregate_pattern";

    /** Upper bound of UTF-8 bytes per native call: bounds native memory and keeps offsets within int range. */
    static final long BATCH_BYTES = 96L << 20;

    /** Below this bound of UTF-8 bytes, Java-side encoding and decoding stay on the calling thread. */
    static final long PARALLEL_BYTES = 256L << 10;

    private static final long ERR_PATTERN = -4;

    private final JavaPatternTranslation translation;
    private final Pattern javaPattern;
    private final byte[] rustPattern;
    private final int[] program;
    private final AtomicLong javaFallbackTexts = new AtomicLong();

    private PatternPairsKernel(JavaPatternTranslation translation, boolean useCompiled) {
        this.translation = translation;
        this.javaPattern = Pattern.compile(translation.javaPattern());
        this.rustPattern = translation.rustPattern().getBytes(StandardCharsets.UTF_8);
        this.program = useCompiled ? translation.program() : null;
    }

    /**
     * Translates {@code javaPattern} and has the native library compile it once.
     *
     * @throws UnsupportedBindingException if the pattern cannot be matched exactly (see {@link JavaPatternTranslation})
     * @throws UnsatisfiedLinkError if the native library cannot be loaded
     */
    public static PatternPairsKernel forPattern(String javaPattern) {
        return forPattern(javaPattern, true);
    }

    /** The kernel for {@code javaPattern} on the regex crate even when it is one-pass: to compare the two engines. */
    public static PatternPairsKernel onRegexCrate(String javaPattern) {
        return forPattern(javaPattern, false);
    }

    private static PatternPairsKernel forPattern(String javaPattern, boolean useCompiled) {
        PatternPairsKernel kernel = new PatternPairsKernel(JavaPatternTranslation.of(javaPattern), useCompiled);
        kernel.extractAndAggregate(new String[0], 0, 0, 0, new ArrayList<>());
        if (kernel.program != null) {
            ExtractAndAggregateKernel.compiled(kernel.program, javaPattern, List.of("a"), BATCH_BYTES);
        }
        return kernel;
    }

    /** Whether this kernel runs the compiled one-pass matcher (else the regex crate). */
    public boolean compiled() {
        return program != null;
    }

    public JavaPatternTranslation translation() {
        return translation;
    }

    /** Texts this kernel handed to the Java reference because they hold unpaired surrogates. */
    public long javaFallbackTexts() {
        return javaFallbackTexts.get();
    }

    /**
     * Same contract as the reference: one {@code HashMap} per text, in order; a null list or text throws
     * {@link NullPointerException}.
     *
     * @throws IllegalStateException if the native kernel reports an error
     */
    public List<Map<String, Integer>> extractAndAggregate(List<String> texts) {
        return extractAndAggregate(texts, BATCH_BYTES);
    }

    List<Map<String, Integer>> extractAndAggregate(List<String> texts, long batchBytes) {
        if (program != null) {
            return ExtractAndAggregateKernel.compiled(program, translation.javaPattern(), texts, batchBytes);
        }
        String[] all = texts.toArray(new String[0]);
        List<Map<String, Integer>> result = new ArrayList<>(all.length);
        int from = 0;
        while (from < all.length) {
            long bound = maxBytes(all[from]);
            int to = from + 1;
            while (to < all.length && bound + maxBytes(all[to]) <= batchBytes) {
                bound += maxBytes(all[to++]);
            }
            extractAndAggregate(all, from, to, bound, result);
            from = to;
        }
        return result;
    }

    /** UTF-8 never needs more than 3 bytes per UTF-16 char. */
    private static long maxBytes(String text) {
        return 3L * text.length();
    }

    private void extractAndAggregate(String[] texts, int from, int to, long maxBytes, List<Map<String, Integer>> result) {
        // Fails with the loader's message on every call, not once and then as NoClassDefFoundError.
        KernelLibrary.library();
        boolean parallel = maxBytes >= PARALLEL_BYTES;
        Map<String, Integer>[] maps;
        int[] javaOnly;
        try (PatternTexts batch = new PatternTexts(texts, from, to, parallel)) {
            long[] packedLength = new long[1];
            Pointer packed = Binding.extract_and_aggregate_pattern(rustPattern, rustPattern.length, batch.data(),
                batch.byteCount(), batch.offsets(), batch.size(), packedLength);
            if (packed == null) {
                throw failure(packedLength[0]);
            }
            try {
                maps = PatternMatches.decode(packed.getByteBuffer(0, packedLength[0]), batch.size(), parallel);
            } finally {
                Binding.oxidizer_free_buffer(packed, packedLength[0]);
            }
            javaOnly = batch.javaOnly();
        }
        for (int i : javaOnly) {
            maps[i] = PatternPairsReference.extractAndAggregate(javaPattern, List.of(texts[from + i])).get(0);
        }
        javaFallbackTexts.addAndGet(javaOnly.length);
        result.addAll(Arrays.asList(maps));
    }

    private RuntimeException failure(long code) {
        if (code == ERR_PATTERN) {
            return new UnsupportedBindingException("The native kernel cannot run pattern \"" + translation.javaPattern()
                + "\": the regex crate did not compile its translation " + translation.rustPattern()
                + " (a large repetition count can pass its size limit)");
        }
        return new IllegalStateException("Native kernel " + ENTRY_POINT + " failed: " + org.oxidizer.kernels.NativeErrors.sentence(code)
            + " for pattern " + translation);
    }

    /** JNA direct mapping: static natives bound once, ~80 ns per call instead of ~250 ns through a proxy. */
    private static final class Binding {
        static {
            Native.register(Binding.class, KernelLibrary.library());
        }

        static native Pointer extract_and_aggregate_pattern(byte[] pattern, long patternLength, Pointer data,
                long dataLength, int[] offsets, int textCount, long[] packedLength);

        static native void oxidizer_free_buffer(Pointer buffer, long length);
    }
}
