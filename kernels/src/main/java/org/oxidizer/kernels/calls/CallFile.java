package org.oxidizer.kernels.calls;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Real calls of one Java method saved to a file ({@code .oxc}): each call's arguments as the method got them,
 * what it answered (for a void method, its arguments after the call) and how long it took. Written by the
 * agent from a capture, read by {@code oxidizer kernel test} and by the JUnit replay tests it writes.
 *
 * <p>The values are those a kernel's method shapes take: primitives and their boxes and arrays, strings,
 * lists, sets and maps of them, and byte or double buffers. Strings are kept as their UTF-16 chars, so lone
 * surrogates survive. A CRC-32 at the end tells a corrupt or truncated file from a good one.
 */
public final class CallFile {

    /** File name extension of saved calls. */
    public static final String EXTENSION = ".oxc";

    private static final byte[] MAGIC = {'O', 'X', 'C', 'A', 'L', 'L', 'S', '1'};

    private final String methodKey;
    private final String signature;
    private final List<Call> calls;

    /**
     * @param methodKey the method, as the agent names it: {@code com.acme.Texts.extract(Ljava/util/List;)Ljava/util/List;}
     * @param signature its types for people, e.g. {@code long checksum(int[])}
     */
    public CallFile(String methodKey, String signature, List<Call> calls) {
        this.methodKey = Objects.requireNonNull(methodKey, "methodKey");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.calls = Collections.unmodifiableList(new ArrayList<>(calls));
    }

    public String methodKey() {
        return methodKey;
    }

    public String signature() {
        return signature;
    }

    public List<Call> calls() {
        return calls;
    }

    /** One saved call. */
    public static final class Call {
        private final Object[] args;
        private final Object outcome;
        private final long javaNanos;

        /**
         * @param outcome what the method returned, or for a void method its arguments after the call (an Object[])
         * @param javaNanos how long the Java method took on this call while it was captured
         */
        public Call(Object[] args, Object outcome, long javaNanos) {
            this.args = args.clone();
            this.outcome = outcome;
            this.javaNanos = javaNanos;
        }

        /** The arguments; the array is the caller's to change (a copy per call). */
        public Object[] args() {
            return args.clone();
        }

        public Object outcome() {
            return outcome;
        }

        public long javaNanos() {
            return javaNanos;
        }
    }

    /**
     * Writes the file through a temporary one beside it, moved into place when complete: a full disk or a
     * crash leaves no half file under {@code path}.
     *
     * @throws IllegalArgumentException naming the value's class when a value is of a type the file cannot hold
     * @throws IOException when the file cannot be written, with the reason in one sentence
     */
    public void write(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(temp)) {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(file, crc), 1 << 16));
                out.write(MAGIC);
                out.writeUTF(methodKey);
                out.writeUTF(signature);
                out.writeInt(calls.size());
                for (Call call : calls) {
                    out.writeLong(call.javaNanos);
                    out.writeInt(call.args.length);
                    for (Object arg : call.args) {
                        writeValue(out, arg);
                    }
                    writeValue(out, call.outcome);
                }
                out.flush();
                out.writeLong(crc.getValue());
                out.flush();
            }
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IOException("Cannot write the calls to " + path + ": " + reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IOException with one sentence naming the file when it is missing, not a call file, truncated or corrupt
     */
    public static CallFile read(Path path) throws IOException {
        int read = 0;
        int count = -1;
        try (InputStream file = Files.newInputStream(path)) {
            CRC32 crc = new CRC32();
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(file, 1 << 16), crc);
            DataInputStream in = new DataInputStream(checked);
            byte[] magic = new byte[MAGIC.length];
            int got = in.read(magic);
            if (got != MAGIC.length || !java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(path + " is not a file of saved calls (it does not start as `oxidizer capture` writes them)");
            }
            String key = in.readUTF();
            String signature = in.readUTF();
            count = in.readInt();
            if (count < 0) {
                throw new IOException(path + " is corrupt: it claims " + count + " calls");
            }
            List<Call> calls = new ArrayList<>(Math.min(count, 1 << 16));
            for (; read < count; read++) {
                long nanos = in.readLong();
                int n = in.readInt();
                if (n < 0 || n > 255) {
                    throw new IOException(path + " is corrupt: call " + (read + 1) + " claims " + n + " arguments");
                }
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    args[i] = readValue(in);
                }
                calls.add(new Call(args, readValue(in), nanos));
            }
            long expected = crc.getValue();
            long stored = in.readLong();
            if (stored != expected) {
                throw new IOException(path + " is corrupt: its checksum does not match what it holds");
            }
            if (in.read() != -1) {
                throw new IOException(path + " is corrupt: it goes on after its last call");
            }
            return new CallFile(key, signature, calls);
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + path, e);
        } catch (EOFException e) {
            throw new IOException(path + " is truncated: it ends " + (count < 0 ? "in its header"
                : read < count ? "in call " + (read + 1) + " of " + count : "before its checksum"), e);
        } catch (CorruptValue e) {
            throw new IOException(path + " is corrupt: " + e.getMessage() + (count < 0 ? "" : " in call " + (read + 1) + " of " + count), e);
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
            message = ((java.nio.file.FileSystemException) e).getReason();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static final class CorruptValue extends IOException {
        private static final long serialVersionUID = 1L;

        CorruptValue(String message) {
            super(message);
        }
    }

    // Tags of the values; never renumber (files outlive versions).
    private static final int NULL = 0;
    private static final int BOOLEAN = 1;
    private static final int BYTE = 2;
    private static final int SHORT = 3;
    private static final int CHAR = 4;
    private static final int INT = 5;
    private static final int LONG = 6;
    private static final int FLOAT = 7;
    private static final int DOUBLE = 8;
    private static final int STRING = 9;
    private static final int BOOLEANS = 10;
    private static final int BYTES = 11;
    private static final int CHARS = 12;
    private static final int SHORTS = 13;
    private static final int INTS = 14;
    private static final int LONGS = 15;
    private static final int FLOATS = 16;
    private static final int DOUBLES = 17;
    private static final int LIST = 18;
    private static final int MAP = 19;
    private static final int SET = 20;
    private static final int BYTE_BUFFER = 21;
    private static final int DOUBLE_BUFFER = 22;
    private static final int OBJECTS = 23;

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean) {
            out.writeByte(BOOLEAN);
            out.writeBoolean((Boolean) value);
        } else if (value instanceof Byte) {
            out.writeByte(BYTE);
            out.writeByte((Byte) value);
        } else if (value instanceof Short) {
            out.writeByte(SHORT);
            out.writeShort((Short) value);
        } else if (value instanceof Character) {
            out.writeByte(CHAR);
            out.writeChar((Character) value);
        } else if (value instanceof Integer) {
            out.writeByte(INT);
            out.writeInt((Integer) value);
        } else if (value instanceof Long) {
            out.writeByte(LONG);
            out.writeLong((Long) value);
        } else if (value instanceof Float) {
            out.writeByte(FLOAT);
            out.writeInt(Float.floatToRawIntBits((Float) value));
        } else if (value instanceof Double) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits((Double) value));
        } else if (value instanceof String) {
            out.writeByte(STRING);
            writeChars(out, (String) value);
        } else if (value instanceof boolean[]) {
            boolean[] a = (boolean[]) value;
            out.writeByte(BOOLEANS);
            out.writeInt(a.length);
            for (boolean v : a) {
                out.writeBoolean(v);
            }
        } else if (value instanceof byte[]) {
            byte[] a = (byte[]) value;
            out.writeByte(BYTES);
            out.writeInt(a.length);
            out.write(a);
        } else if (value instanceof char[]) {
            char[] a = (char[]) value;
            out.writeByte(CHARS);
            out.writeInt(a.length);
            for (char v : a) {
                out.writeChar(v);
            }
        } else if (value instanceof short[]) {
            short[] a = (short[]) value;
            out.writeByte(SHORTS);
            out.writeInt(a.length);
            for (short v : a) {
                out.writeShort(v);
            }
        } else if (value instanceof int[]) {
            int[] a = (int[]) value;
            out.writeByte(INTS);
            out.writeInt(a.length);
            for (int v : a) {
                out.writeInt(v);
            }
        } else if (value instanceof long[]) {
            long[] a = (long[]) value;
            out.writeByte(LONGS);
            out.writeInt(a.length);
            for (long v : a) {
                out.writeLong(v);
            }
        } else if (value instanceof float[]) {
            float[] a = (float[]) value;
            out.writeByte(FLOATS);
            out.writeInt(a.length);
            for (float v : a) {
                out.writeInt(Float.floatToRawIntBits(v));
            }
        } else if (value instanceof double[]) {
            double[] a = (double[]) value;
            out.writeByte(DOUBLES);
            out.writeInt(a.length);
            for (double v : a) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        } else if (value instanceof List) {
            out.writeByte(LIST);
            writeAll(out, (List<?>) value);
        } else if (value instanceof Set) {
            out.writeByte(SET);
            writeAll(out, (Set<?>) value);
        } else if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeValue(out, e.getKey());
                writeValue(out, e.getValue());
            }
        } else if (value instanceof ByteBuffer) {
            ByteBuffer b = (ByteBuffer) value;
            out.writeByte(BYTE_BUFFER);
            out.writeBoolean(b.isDirect());
            out.writeBoolean(b.order() == ByteOrder.BIG_ENDIAN);
            out.writeInt(b.capacity());
            out.writeInt(b.position());
            out.writeInt(b.limit());
            ByteBuffer all = b.duplicate();
            all.clear();
            byte[] bytes = new byte[all.remaining()];
            all.get(bytes);
            out.write(bytes);
        } else if (value instanceof DoubleBuffer) {
            DoubleBuffer b = (DoubleBuffer) value;
            out.writeByte(DOUBLE_BUFFER);
            out.writeBoolean(b.isDirect());
            out.writeInt(b.capacity());
            out.writeInt(b.position());
            out.writeInt(b.limit());
            DoubleBuffer all = b.duplicate();
            all.clear();
            for (int i = 0; i < b.capacity(); i++) {
                out.writeLong(Double.doubleToRawLongBits(all.get(i)));
            }
        } else if (value instanceof Object[]) {
            Object[] a = (Object[]) value;
            out.writeByte(OBJECTS);
            out.writeInt(a.length);
            for (Object v : a) {
                writeValue(out, v);
            }
        } else {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " cannot be saved in a call file");
        }
    }

    private static void writeAll(DataOutputStream out, Collection<?> values) throws IOException {
        out.writeInt(values.size());
        int written = 0;
        for (Object v : values) {
            writeValue(out, v);
            written++;
        }
        if (written != values.size()) {
            throw new IllegalArgumentException("a collection changed while it was saved");
        }
    }

    private static void writeChars(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.writeChar(s.charAt(i));
        }
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new CorruptValue("a length of " + n);
        }
        return n;
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case NULL:
                return null;
            case BOOLEAN:
                return in.readBoolean();
            case BYTE:
                return in.readByte();
            case SHORT:
                return in.readShort();
            case CHAR:
                return in.readChar();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case FLOAT:
                return Float.intBitsToFloat(in.readInt());
            case DOUBLE:
                return Double.longBitsToDouble(in.readLong());
            case STRING: {
                int n = length(in);
                StringBuilder s = new StringBuilder(Math.min(n, 1 << 20));
                for (int i = 0; i < n; i++) {
                    s.append(in.readChar());
                }
                return s.toString();
            }
            case BOOLEANS: {
                boolean[] a = new boolean[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readBoolean();
                }
                return a;
            }
            case BYTES: {
                byte[] a = new byte[length(in)];
                in.readFully(a);
                return a;
            }
            case CHARS: {
                char[] a = new char[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readChar();
                }
                return a;
            }
            case SHORTS: {
                short[] a = new short[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readShort();
                }
                return a;
            }
            case INTS: {
                int[] a = new int[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readInt();
                }
                return a;
            }
            case LONGS: {
                long[] a = new long[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in.readLong();
                }
                return a;
            }
            case FLOATS: {
                float[] a = new float[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = Float.intBitsToFloat(in.readInt());
                }
                return a;
            }
            case DOUBLES: {
                double[] a = new double[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = Double.longBitsToDouble(in.readLong());
                }
                return a;
            }
            case LIST: {
                int n = length(in);
                List<Object> list = new ArrayList<>(Math.min(n, 1 << 16));
                for (int i = 0; i < n; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case SET: {
                int n = length(in);
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(readValue(in));
                }
                return set;
            }
            case MAP: {
                int n = length(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Object key = readValue(in);
                    map.put(key, readValue(in));
                }
                return map;
            }
            case BYTE_BUFFER: {
                boolean direct = in.readBoolean();
                boolean big = in.readBoolean();
                int capacity = length(in);
                int position = in.readInt();
                int limit = in.readInt();
                if (position < 0 || limit < position || limit > capacity) {
                    throw new CorruptValue("a byte buffer with position " + position + " and limit " + limit + " of " + capacity);
                }
                byte[] bytes = new byte[capacity];
                in.readFully(bytes);
                ByteBuffer b = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
                b.put(bytes).clear();
                b.order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN).limit(limit).position(position);
                return b;
            }
            case DOUBLE_BUFFER: {
                boolean direct = in.readBoolean();
                int capacity = length(in);
                int position = in.readInt();
                int limit = in.readInt();
                if (position < 0 || limit < position || limit > capacity) {
                    throw new CorruptValue("a double buffer with position " + position + " and limit " + limit + " of " + capacity);
                }
                DoubleBuffer b = direct ? ByteBuffer.allocateDirect(capacity * Double.BYTES).order(ByteOrder.nativeOrder()).asDoubleBuffer()
                    : DoubleBuffer.allocate(capacity);
                for (int i = 0; i < capacity; i++) {
                    b.put(i, Double.longBitsToDouble(in.readLong()));
                }
                b.limit(limit).position(position);
                return b;
            }
            case OBJECTS: {
                Object[] a = new Object[length(in)];
                for (int i = 0; i < a.length; i++) {
                    a[i] = readValue(in);
                }
                return a;
            }
            default:
                throw new CorruptValue("an unknown value tag " + tag);
        }
    }
}
