package org.oxidizer.kernels.boundary;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oxidizer.kernels.NativeBlock;
import org.oxidizer.kernels.NativeErrors;

/**
 * How a kernel project written by {@code oxidizer kernel new} moves a method's arguments into native memory
 * and the kernel's answer back: one copy per argument per call (a batch, never an element at a time), the
 * layouts its generated {@code ffi.rs} reads and writes. Texts stay UTF-16, so lone surrogates pass unchanged.
 *
 * <p>Answers come back in one buffer the kernel owns until it is freed, little-endian: a count ({@code u32}),
 * then the elements; a text is its length ({@code u32}) and its UTF-16 units; a map entry is its key then its
 * value.
 */
public final class Marshal {

    private Marshal() {
    }

    /** Throws the sentence for a negative status of a kernel's entry point; returns a non-negative one. */
    public static long check(String kernel, long status) {
        if (status < 0) {
            throw new IllegalStateException("Native kernel " + kernel + " failed: " + NativeErrors.sentence(status));
        }
        return status;
    }

    // ---------------------------------------------------------------- arguments

    /** A text's UTF-16 units in native memory. */
    public static Units units(String text, String name) {
        if (text == null) {
            throw new NullPointerException(name + " is null");
        }
        Units units = new Units(text.length());
        units.block.view(0, 2L * text.length()).asCharBuffer().put(text);
        return units;
    }

    /** A char array's units in native memory; {@link Units#copyBack(char[])} takes what the kernel wrote. */
    public static Units units(char[] chars, String name) {
        if (chars == null) {
            throw new NullPointerException(name + " is null");
        }
        Units units = new Units(chars.length);
        units.block.view(0, 2L * chars.length).asCharBuffer().put(chars);
        return units;
    }

    /** UTF-16 units in native memory, freed by {@link #close()}. */
    public static final class Units implements AutoCloseable {
        private final NativeBlock block;
        private final int length;

        Units(int length) {
            this.block = new NativeBlock(Math.max(2L, 2L * length));
            this.length = length;
        }

        public Pointer pointer() {
            return block.pointer();
        }

        public long length() {
            return length;
        }

        public void copyBack(char[] chars) {
            block.view(0, 2L * length).asCharBuffer().get(chars);
        }

        @Override
        public void close() {
            block.close();
        }
    }

    /** Texts back to back as UTF-16, then {@code count + 1} int offsets of where each starts. */
    public static Texts texts(List<String> texts, String name) {
        if (texts == null) {
            throw new NullPointerException(name + " is null");
        }
        Object[] all = texts.toArray();
        long units = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null) {
                throw new NullPointerException("element " + i + " of " + name + " is null");
            }
            units += ((String) all[i]).length();
        }
        if (units > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " holds " + units + " chars, more than one native call takes (2^31 - 1)");
        }
        Texts packed = new Texts(all.length, units);
        java.nio.CharBuffer chars = packed.block.view(0, 2 * units).asCharBuffer();
        java.nio.IntBuffer offsets = packed.block.view(packed.offsetsAt, 4L * (all.length + 1)).asIntBuffer();
        int at = 0;
        for (Object text : all) {
            offsets.put(at);
            chars.put((String) text);
            at += ((String) text).length();
        }
        offsets.put(at);
        return packed;
    }

    /** A list's texts in native memory: {@link #units()} chars at {@link #data()}, {@code count + 1} offsets at {@link #offsets()}. */
    public static final class Texts implements AutoCloseable {
        private final NativeBlock block;
        private final int count;
        private final long units;
        private final long offsetsAt;

        Texts(int count, long units) {
            this.count = count;
            this.units = units;
            this.offsetsAt = (2 * units + 3) & ~3L;
            this.block = new NativeBlock(offsetsAt + 4L * (count + 1));
        }

        public Pointer data() {
            return block.pointer();
        }

        public long units() {
            return units;
        }

        public Pointer offsets() {
            return block.pointer().share(offsetsAt);
        }

        public int count() {
            return count;
        }

        @Override
        public void close() {
            block.close();
        }
    }

    /** A map's keys as {@link Texts}, its values in iteration order (int or long). */
    public static Entries entries(Map<String, ? extends Number> map, boolean longValues, String name) {
        if (map == null) {
            throw new NullPointerException(name + " is null");
        }
        List<String> keys = new ArrayList<>(map.size());
        int[] ints = longValues ? null : new int[map.size()];
        long[] longs = longValues ? new long[map.size()] : null;
        int i = 0;
        for (Map.Entry<String, ? extends Number> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new NullPointerException(name + " has a null " + (e.getKey() == null ? "key" : "value for " + e.getKey())
                    + ", which the kernel's layout has no place for");
            }
            keys.add(e.getKey());
            if (longValues) {
                longs[i++] = e.getValue().longValue();
            } else {
                ints[i++] = e.getValue().intValue();
            }
        }
        return new Entries(texts(keys, name), ints, longs, null);
    }

    /** Maps one after another: all keys as {@link Texts}, all values, and {@code count + 1} entry offsets. */
    public static Entries mapList(List<? extends Map<String, Integer>> maps, String name) {
        if (maps == null) {
            throw new NullPointerException(name + " is null");
        }
        List<String> keys = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int[] ends = new int[maps.size() + 1];
        int m = 0;
        for (Map<String, Integer> map : maps) {
            if (map == null) {
                throw new NullPointerException("element " + m + " of " + name + " is null");
            }
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new NullPointerException("map " + m + " of " + name + " has a null key or value");
                }
                keys.add(e.getKey());
                values.add(e.getValue());
            }
            ends[++m] = keys.size();
        }
        return new Entries(texts(keys, name), ints(values, name), null, ends);
    }

    /** Map entries in native memory and Java arrays JNA copies in. */
    public static final class Entries implements AutoCloseable {
        private final Texts keys;
        private final int[] ints;
        private final long[] longs;
        private final int[] ends;

        Entries(Texts keys, int[] ints, long[] longs, int[] ends) {
            this.keys = keys;
            this.ints = ints;
            this.longs = longs;
            this.ends = ends;
        }

        public Texts keys() {
            return keys;
        }

        public int[] ints() {
            return ints;
        }

        public long[] longs() {
            return longs;
        }

        /** For a list of maps: where each map's entries end, {@code count + 1} offsets. */
        public int[] ends() {
            return ends;
        }

        public int count() {
            return ends == null ? keys.count() : ends.length - 1;
        }

        @Override
        public void close() {
            keys.close();
        }
    }

    public static int[] ints(List<Integer> values, String name) {
        Object[] all = nonNull(values, name);
        int[] out = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = (Integer) element(all, i, name);
        }
        return out;
    }

    public static long[] longs(List<Long> values, String name) {
        Object[] all = nonNull(values, name);
        long[] out = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = (Long) element(all, i, name);
        }
        return out;
    }

    public static double[] doubles(List<Double> values, String name) {
        Object[] all = nonNull(values, name);
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = (Double) element(all, i, name);
        }
        return out;
    }

    private static Object[] nonNull(List<?> values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " is null");
        }
        return values.toArray();
    }

    private static Object element(Object[] all, int i, String name) {
        if (all[i] == null) {
            throw new NullPointerException("element " + i + " of " + name + " is null");
        }
        return all[i];
    }

    public static byte[] booleans(boolean[] values, String name) {
        if (values == null) {
            throw new NullPointerException(name + " is null");
        }
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] ? (byte) 1 : 0;
        }
        return out;
    }

    public static void copyBack(byte[] from, boolean[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = from[i] != 0;
        }
    }

    /** The bytes between a buffer's position and limit: the buffer's own memory when direct, else a copy. */
    public static Region region(ByteBuffer buffer, String name) {
        if (buffer == null) {
            throw new NullPointerException(name + " is null");
        }
        int n = buffer.remaining();
        if (buffer.isDirect()) {
            return new Region(Native.getDirectBufferPointer(buffer).share(buffer.position()), n, null, null, null);
        }
        NativeBlock block = new NativeBlock(Math.max(1, n));
        block.view(0, n).put(buffer.duplicate());
        return new Region(block.pointer(), n, block, buffer, null);
    }

    /** The doubles between a buffer's position and limit: its own memory when direct in native order, else a copy. */
    public static Region region(DoubleBuffer buffer, String name) {
        if (buffer == null) {
            throw new NullPointerException(name + " is null");
        }
        int n = buffer.remaining();
        if (buffer.isDirect() && buffer.order() == ByteOrder.nativeOrder()) {
            return new Region(Native.getDirectBufferPointer(buffer).share(8L * buffer.position()), n, null, null, null);
        }
        NativeBlock block = new NativeBlock(Math.max(8, 8L * n));
        block.view(0, 8L * n).asDoubleBuffer().put(buffer.duplicate());
        return new Region(block.pointer(), n, block, null, buffer);
    }

    /** A buffer's elements as the kernel sees them; {@link #close()} writes a copy back into a heap buffer. */
    public static final class Region implements AutoCloseable {
        private final Pointer pointer;
        private final int length;
        private final NativeBlock copy;
        private final ByteBuffer bytes;
        private final DoubleBuffer doubles;

        Region(Pointer pointer, int length, NativeBlock copy, ByteBuffer bytes, DoubleBuffer doubles) {
            this.pointer = pointer;
            this.length = length;
            this.copy = copy;
            this.bytes = bytes;
            this.doubles = doubles;
        }

        public Pointer pointer() {
            return pointer;
        }

        /** Elements: bytes or doubles. */
        public long length() {
            return length;
        }

        @Override
        public void close() {
            if (copy == null) {
                return;
            }
            if (bytes != null) {
                bytes.duplicate().put(copy.view(0, length));
            } else {
                doubles.duplicate().put(copy.view(0, 8L * length).asDoubleBuffer());
            }
            copy.close();
        }
    }

    // ---------------------------------------------------------------- answers

    /** The answer buffer an entry point handed back, as a little-endian view; null with the error code in {@code length[0]}. */
    public static ByteBuffer answer(String kernel, Pointer buffer, long[] length) {
        if (buffer == null) {
            check(kernel, length[0] < 0 ? length[0] : -1);
            throw new IllegalStateException("Native kernel " + kernel + " handed back no answer");
        }
        if (length[0] > Integer.MAX_VALUE) {
            throw new IllegalStateException("Native kernel " + kernel + " handed back " + length[0] + " bytes, more than Java reads at once");
        }
        return buffer.getByteBuffer(0, length[0]).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0) {
            throw new IllegalStateException("a kernel's answer claims " + (n & 0xFFFFFFFFL) + " elements");
        }
        return n;
    }

    public static String string(ByteBuffer in) {
        int n = count(in);
        char[] chars = new char[n];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * n);
        return new String(chars);
    }

    public static char[] chars(ByteBuffer in) {
        return string(in).toCharArray();
    }

    public static boolean[] booleanArray(ByteBuffer in) {
        boolean[] out = new boolean[count(in)];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get() != 0;
        }
        return out;
    }

    public static byte[] byteArray(ByteBuffer in) {
        byte[] out = new byte[count(in)];
        in.get(out);
        return out;
    }

    public static short[] shortArray(ByteBuffer in) {
        short[] out = new short[count(in)];
        in.asShortBuffer().get(out);
        in.position(in.position() + 2 * out.length);
        return out;
    }

    public static int[] intArray(ByteBuffer in) {
        int[] out = new int[count(in)];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * out.length);
        return out;
    }

    public static long[] longArray(ByteBuffer in) {
        long[] out = new long[count(in)];
        in.asLongBuffer().get(out);
        in.position(in.position() + 8 * out.length);
        return out;
    }

    public static float[] floatArray(ByteBuffer in) {
        float[] out = new float[count(in)];
        in.asFloatBuffer().get(out);
        in.position(in.position() + 4 * out.length);
        return out;
    }

    public static double[] doubleArray(ByteBuffer in) {
        double[] out = new double[count(in)];
        in.asDoubleBuffer().get(out);
        in.position(in.position() + 8 * out.length);
        return out;
    }

    public static List<String> stringList(ByteBuffer in) {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    public static List<Integer> intList(ByteBuffer in) {
        int[] values = intArray(in);
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    public static List<Long> longList(ByteBuffer in) {
        long[] values = longArray(in);
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    public static List<Double> doubleList(ByteBuffer in) {
        double[] values = doubleArray(in);
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** A map's entries in the kernel's order; a key given twice keeps the later value, as {@code put} does. */
    public static Map<String, Integer> intMap(ByteBuffer in) {
        int n = count(in);
        Map<String, Integer> out = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (int i = 0; i < n; i++) {
            String key = string(in);
            out.put(key, in.getInt());
        }
        return out;
    }

    public static Map<String, Long> longMap(ByteBuffer in) {
        int n = count(in);
        Map<String, Long> out = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (int i = 0; i < n; i++) {
            String key = string(in);
            out.put(key, in.getLong());
        }
        return out;
    }

    public static List<Map<String, Integer>> intMaps(ByteBuffer in) {
        int n = count(in);
        List<Map<String, Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(intMap(in));
        }
        return out;
    }
}
