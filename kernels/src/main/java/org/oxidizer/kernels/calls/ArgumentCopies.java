package org.oxidizer.kernels.calls;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of a call's arguments as they were when the call started, so a capture replays what the Java
 * method saw even if the caller reuses its list or array afterwards. Elements of collections are shared:
 * the kernels' element types (String, boxed numbers) are immutable.
 */
public final class ArgumentCopies {

    private ArgumentCopies() {
    }

    public static Object[] of(Object[] args) {
        Object[] copy = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            copy[i] = copy(args[i]);
        }
        return copy;
    }

    public static Object copy(Object value) {
        if (value instanceof double[]) {
            return ((double[]) value).clone();
        }
        if (value instanceof int[]) {
            return ((int[]) value).clone();
        }
        if (value instanceof long[]) {
            return ((long[]) value).clone();
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).clone();
        }
        if (value instanceof char[]) {
            return ((char[]) value).clone();
        }
        if (value instanceof boolean[]) {
            return ((boolean[]) value).clone();
        }
        if (value instanceof short[]) {
            return ((short[]) value).clone();
        }
        if (value instanceof float[]) {
            return ((float[]) value).clone();
        }
        if (value instanceof Object[]) {
            return ((Object[]) value).clone();
        }
        if (value instanceof ByteBuffer) {
            ByteBuffer source = (ByteBuffer) value;
            ByteBuffer copy = source.isDirect() ? ByteBuffer.allocateDirect(source.capacity()) : ByteBuffer.allocate(source.capacity());
            ByteBuffer all = source.duplicate();
            all.clear();
            copy.put(all);
            copy.order(source.order()).limit(source.limit()).position(source.position());
            return copy;
        }
        if (value instanceof DoubleBuffer) {
            DoubleBuffer source = (DoubleBuffer) value;
            DoubleBuffer copy = source.isDirect()
                ? ByteBuffer.allocateDirect(source.capacity() * Double.BYTES).order(source.order()).asDoubleBuffer()
                : DoubleBuffer.allocate(source.capacity());
            DoubleBuffer all = source.duplicate();
            all.clear();
            copy.put(all);
            copy.limit(source.limit()).position(source.position());
            return copy;
        }
        if (value instanceof Map) {
            return new LinkedHashMap<>((Map<?, ?>) value);
        }
        if (value instanceof List) {
            return new ArrayList<>((List<?>) value);
        }
        if (value instanceof Collection) {
            return new ArrayList<>((Collection<?>) value);
        }
        return value;
    }

    /**
     * Runs the copying and the estimating on made-up arguments until the JIT has compiled them, off the
     * application's threads: a capture of a few calls would otherwise pay for the interpreter and class loading
     * on each of them.
     */
    public static void warmUp() {
        if (warm) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            texts.add("warm " + i);
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        counts.put("warm", 1);
        List<Map<String, Integer>> answers = new ArrayList<>(java.util.Collections.nCopies(64, counts));
        Object[] args = {texts, new double[8], new int[8], new long[8], new byte[8]};
        long sink = 0;
        for (int i = 0; i < 3_000; i++) {
            sink += estimateBytes(of(args)) + estimateBytes(answers) + estimateBytes(copy(counts));
        }
        if (sink == 42) {
            throw new AssertionError();     // keeps the loop's work
        }
        warm = true;
    }

    /** Once compiled, the copying stays compiled: later captures need no warm-up. */
    private static volatile boolean warm;

    /** A rough byte count of what a copy holds, to bound a capture's memory. */
    public static long estimateBytes(Object value) {
        if (value == null) {
            return 8;
        }
        if (value instanceof CharSequence) {
            return 40 + 2L * ((CharSequence) value).length();
        }
        if (value instanceof double[] || value instanceof long[]) {
            return 16 + 8L * java.lang.reflect.Array.getLength(value);
        }
        if (value instanceof int[] || value instanceof float[]) {
            return 16 + 4L * java.lang.reflect.Array.getLength(value);
        }
        if (value instanceof short[] || value instanceof char[]) {
            return 16 + 2L * java.lang.reflect.Array.getLength(value);
        }
        if (value instanceof boolean[]) {
            return 16 + ((boolean[]) value).length;
        }
        if (value instanceof byte[]) {
            return 16 + ((byte[]) value).length;
        }
        if (value instanceof ByteBuffer) {
            return 48 + ((ByteBuffer) value).capacity();
        }
        if (value instanceof DoubleBuffer) {
            return 48 + 8L * ((DoubleBuffer) value).capacity();
        }
        if (value instanceof Object[]) {
            return sum(java.util.Arrays.asList((Object[]) value));
        }
        if (value instanceof Collection) {
            return sum((Collection<?>) value);
        }
        if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            return 48 + sum(map.keySet()) + sum(map.values()) + 32L * map.size();
        }
        return 24;
    }

    /** Elements looked at per collection: a large one is estimated from an even sample, not walked whole. */
    public static final int SAMPLE = 32;

    private static long sum(Collection<?> values) {
        int size = values.size();
        long bytes = 24 + 8L * size;
        if (size <= SAMPLE) {
            for (Object v : values) {
                bytes += estimateBytes(v);
            }
            return bytes;
        }
        long sampled = 0;
        if (values instanceof List && values instanceof java.util.RandomAccess) {
            List<?> list = (List<?>) values;
            for (int i = 0; i < SAMPLE; i++) {
                sampled += estimateBytes(list.get((int) ((long) i * size / SAMPLE)));
            }
        } else {
            java.util.Iterator<?> it = values.iterator();
            for (int i = 0; i < SAMPLE; i++) {
                sampled += estimateBytes(it.next());
            }
        }
        return bytes + sampled * size / SAMPLE;
    }
}
