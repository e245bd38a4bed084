package org.oxidizer.core.kernelgen;

import java.util.List;
import java.util.Optional;

/**
 * The Java types a written kernel project can take and give back, and how each crosses the native boundary:
 * what the Java side passes (JNA direct mapping), what the Rust entry point receives, and the type the kernel's
 * body sees. Texts cross as UTF-16 units ({@code &[u16]}), exactly as Java holds them.
 */
enum ValueKind {
    BOOLEAN("boolean", "Z", "bool", "bool"),
    BYTE("byte", "B", "i8", "i8"),
    CHAR("char", "C", "u16", "u16"),
    SHORT("short", "S", "i16", "i16"),
    INT("int", "I", "i32", "i32"),
    LONG("long", "J", "i64", "i64"),
    FLOAT("float", "F", "f32", "f32"),
    DOUBLE("double", "D", "f64", "f64"),
    BOOLEAN_ARRAY("boolean[]", "[Z", "&[u8]", "Vec<bool>"),
    BYTE_ARRAY("byte[]", "[B", "&[i8]", "Vec<i8>"),
    CHAR_ARRAY("char[]", "[C", "&[u16]", "Vec<u16>"),
    SHORT_ARRAY("short[]", "[S", "&[i16]", "Vec<i16>"),
    INT_ARRAY("int[]", "[I", "&[i32]", "Vec<i32>"),
    LONG_ARRAY("long[]", "[J", "&[i64]", "Vec<i64>"),
    FLOAT_ARRAY("float[]", "[F", "&[f32]", "Vec<f32>"),
    DOUBLE_ARRAY("double[]", "[D", "&[f64]", "Vec<f64>"),
    STRING("String", "Ljava/lang/String;", "&[u16]", "Vec<u16>"),
    STRING_LIST("List<String>", "Ljava/util/List;", "&Texts", "Vec<Vec<u16>>"),
    INTEGER_LIST("List<Integer>", "Ljava/util/List;", "&[i32]", "Vec<i32>"),
    LONG_LIST("List<Long>", "Ljava/util/List;", "&[i64]", "Vec<i64>"),
    DOUBLE_LIST("List<Double>", "Ljava/util/List;", "&[f64]", "Vec<f64>"),
    INT_MAP("Map<String, Integer>", "Ljava/util/Map;", "&Entries<i32>", "Vec<(Vec<u16>, i32)>"),
    LONG_MAP("Map<String, Long>", "Ljava/util/Map;", "&Entries<i64>", "Vec<(Vec<u16>, i64)>"),
    INT_MAP_LIST("List<Map<String, Integer>>", "Ljava/util/List;", "&MapList", "Vec<Vec<(Vec<u16>, i32)>>"),
    BYTE_BUFFER("ByteBuffer", "Ljava/nio/ByteBuffer;", "&mut [u8]", null),
    DOUBLE_BUFFER("DoubleBuffer", "Ljava/nio/DoubleBuffer;", "&mut [f64]", null),
    VOID("void", "V", null, "()");

    /** As {@link org.oxidizer.core.match.JavaSignature} renders it, and as generated Java source writes it. */
    final String java;
    final String descriptor;
    /** The body's parameter type, or null when no parameter can have this kind. */
    final String rustParameter;
    /** The body's return type, or null when no method may return this kind. */
    final String rustAnswer;

    ValueKind(String java, String descriptor, String rustParameter, String rustAnswer) {
        this.java = java;
        this.descriptor = descriptor;
        this.rustParameter = rustParameter;
        this.rustAnswer = rustAnswer;
    }

    boolean primitive() {
        return descriptor.length() == 1 && this != VOID;
    }

    boolean primitiveArray() {
        return descriptor.length() == 2 && descriptor.charAt(0) == '[';
    }

    boolean buffer() {
        return this == BYTE_BUFFER || this == DOUBLE_BUFFER;
    }

    /** Whether a void method may change the argument for its caller to see (arrays and buffers). */
    boolean fillable() {
        return primitiveArray() || buffer();
    }

    /** The body's parameter type for a method returning {@code answer}: a void method's arrays are writable. */
    String rustParameter(ValueKind answer) {
        if (answer == VOID && primitiveArray()) {
            return "&mut " + rustParameter.substring(1);
        }
        return rustParameter;
    }

    /** The element type of a primitive array or numeric list in Rust, e.g. {@code i32}. */
    String rustElement() {
        String t = rustAnswer;
        return t.substring(t.indexOf('<') + 1, t.lastIndexOf('>'));
    }

    /** The kind of a parameter or answer of these types, or why none fits. */
    static Optional<ValueKind> of(String javaType, String descriptor) {
        for (ValueKind kind : values()) {
            if (kind.java.equals(javaType) && kind.descriptor.equals(descriptor)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** For the refusal: every type a written kernel takes. */
    static String supported() {
        StringBuilder text = new StringBuilder();
        for (ValueKind kind : values()) {
            if (kind != VOID) {
                text.append(text.length() == 0 ? "" : ", ").append(kind.java);
            }
        }
        return text.toString();
    }

    static final List<ValueKind> ALL = List.of(values());
}
