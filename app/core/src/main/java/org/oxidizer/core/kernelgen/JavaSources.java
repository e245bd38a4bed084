package org.oxidizer.core.kernelgen;

import java.util.ArrayList;
import java.util.List;
import org.oxidizer.core.kernelgen.KernelPlan.Parameter;

/** The Java half of a kernel project: the catalog entry for exactly one method, and its JNA direct binding. */
final class JavaSources {

    private JavaSources() {
    }

    static String catalogEntry(KernelPlan plan) {
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < plan.parameters().size(); i++) {
            casts.add(cast(plan.parameters().get(i).kind(), "args[" + i + "]"));
        }
        String call = plan.baseName() + "Native." + plan.methodName() + "(" + String.join(", ", casts) + ")";
        String nativeCall = plan.answer() == ValueKind.VOID ? "args -> {\n                " + call + ";\n                return null;\n            }"
            : "args -> " + call;
        return """
            package %1$s;

            import java.lang.reflect.InvocationTargetException;
            import java.lang.reflect.Method;
            import java.nio.ByteBuffer;
            import java.nio.DoubleBuffer;
            import java.util.List;
            import java.util.Map;
            import org.oxidizer.kernels.catalog.BoundKernel;
            import org.oxidizer.kernels.catalog.Kernel;
            import org.oxidizer.kernels.catalog.MethodShape;
            import org.oxidizer.kernels.catalog.ThreadUse;
            import org.oxidizer.kernels.catalog.Tolerance;

            /**
             * Catalog entry of kernel {@code %2$s}: it stands for {@code %3$s#%4$s} only, and joins the catalog of
             * {@code oxidizer kernels --jar}, {@code oxidizer migrate --kernels} and the GUI through its service file.
             * Written by {@code oxidizer kernel new}; edit the summary, the semantics notes, the thread use and the tolerance.
             */
            public final class %5$sKernel implements Kernel {

                static final String ID = "%2$s";
                static final String METHOD = "%3$s#%4$s";
                static final String DESCRIPTOR = "%6$s";

                @Override
                public String id() {
                    return ID;
                }

                @Override
                public String summary() {
                    // Edit: what the method computes, in one line.
                    return "the kernel written for %3$s.%4$s";
                }

                @Override
                public List<MethodShape> shapes() {
                    return List.of(new MethodShape(DESCRIPTOR, "%7$s", List.of(), METHOD, METHOD));
                }

                @Override
                public List<String> semantics() {
                    // Edit: where the kernel's answers could differ from Java's and what it does about it.
                    return List.of(
                        "stands for %3$s.%4$s only (a kernel written for it by oxidizer kernel new)",
                        "texts cross as Java's UTF-16 chars, unchanged; lists, maps and arrays are copied once per call",
                        "a null argument, element, key or value throws NullPointerException before the native call");
                }

                @Override
                public ThreadUse threadUse() {
                    return ThreadUse.CALLING_THREAD;
                }

                @Override
                public Tolerance tolerance() {
                    // Edit for floating point that may round differently, e.g. Tolerance.ulps(2, 0, "summed in another order").
                    return Tolerance.exact();
                }

                @Override
                @SuppressWarnings("unchecked")
                public BoundKernel bind(String descriptor, Map<String, String> parameters) {
                    BoundKernel.requireShape(this, descriptor);
                    return new BoundKernel(this, descriptor, Map.of(),
                        %8$s,
                        %5$sKernel::java,
                        %5$sNative::load);
                }

                /** The Java method itself, found through the calling thread's class loader: the reference the kernel must match. */
                static Object java(Object[] args) {
                    try {
                        Class<?> owner = Class.forName("%3$s", false, Thread.currentThread().getContextClassLoader());
                        Method method = owner.getDeclaredMethod("%4$s"%9$s);
                        if (!java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                            throw new UnsupportedOperationException("%3$s.%4$s is an instance method: running it needs its object,"
                                + " so the captured answers are the reference");
                        }
                        method.setAccessible(true);
                        return method.invoke(null, args);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException("%3$s.%4$s threw " + e.getCause(), e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("the Java method %3$s.%4$s is not on this class path: " + e, e);
                    }
                }
            }
            """.formatted(plan.javaPackage(), plan.id(), plan.className(), plan.methodName(), plan.baseName(), plan.descriptor(),
            plan.display().replace("\"", "\\\""), nativeCall, classLiterals(plan));
    }

    static String binding(KernelPlan plan) {
        boolean isVoid = plan.answer() == ValueKind.VOID;
        List<String> signature = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Parameter p : plan.parameters()) {
            String n = p.name();
            ValueKind k = p.kind();
            signature.add(k.java + " " + n);
            String quoted = "\"" + n + "\"";
            if (k.primitive()) {
                String abi = k == ValueKind.BOOLEAN ? "byte" : k == ValueKind.CHAR ? "short" : k.java;
                declared.add(abi + " " + n);
                passed.add(k == ValueKind.BOOLEAN ? "(byte) (" + n + " ? 1 : 0)" : k == ValueKind.CHAR ? "(short) " + n : n);
            } else if (k == ValueKind.BOOLEAN_ARRAY) {
                before.add("byte[] " + n + "Bytes = Marshal.booleans(" + n + ", " + quoted + ");");
                declared.add("byte[] " + n + "Data");
                declared.add("long " + n + "Length");
                passed.add(n + "Bytes");
                passed.add(n + "Bytes.length");
                if (isVoid) {
                    after.add("Marshal.copyBack(" + n + "Bytes, " + n + ");");
                }
            } else if (k == ValueKind.CHAR_ARRAY || k == ValueKind.STRING) {
                resources.add("Marshal.Units " + n + "Units = Marshal.units(" + n + ", " + quoted + ")");
                declared.add("Pointer " + n + "Data");
                declared.add("long " + n + "Length");
                passed.add(n + "Units.pointer()");
                passed.add(n + "Units.length()");
                if (isVoid && k == ValueKind.CHAR_ARRAY) {
                    after.add(n + "Units.copyBack(" + n + ");");
                }
            } else if (k.primitiveArray()) {
                before.add("Objects.requireNonNull(" + n + ", " + quoted + ");");
                declared.add(k.java + " " + n);
                declared.add("long " + n + "Length");
                passed.add(n);
                passed.add(n + ".length");
            } else if (k == ValueKind.INTEGER_LIST || k == ValueKind.LONG_LIST || k == ValueKind.DOUBLE_LIST) {
                String prim = k == ValueKind.INTEGER_LIST ? "int" : k == ValueKind.LONG_LIST ? "long" : "double";
                String method = k == ValueKind.INTEGER_LIST ? "ints" : k == ValueKind.LONG_LIST ? "longs" : "doubles";
                before.add(prim + "[] " + n + "Values = Marshal." + method + "(" + n + ", " + quoted + ");");
                declared.add(prim + "[] " + n);
                declared.add("long " + n + "Length");
                passed.add(n + "Values");
                passed.add(n + "Values.length");
            } else if (k.buffer()) {
                resources.add("Marshal.Region " + n + "Region = Marshal.region(" + n + ", " + quoted + ")");
                declared.add("Pointer " + n + "Data");
                declared.add("long " + n + "Length");
                passed.add(n + "Region.pointer()");
                passed.add(n + "Region.length()");
            } else {
                String texts;
                if (k == ValueKind.STRING_LIST) {
                    resources.add("Marshal.Texts " + n + "Texts = Marshal.texts(" + n + ", " + quoted + ")");
                    texts = n + "Texts";
                } else if (k == ValueKind.INT_MAP || k == ValueKind.LONG_MAP) {
                    resources.add("Marshal.Entries " + n + "Entries = Marshal.entries(" + n + ", " + (k == ValueKind.LONG_MAP) + ", " + quoted + ")");
                    texts = n + "Entries.keys()";
                } else {
                    resources.add("Marshal.Entries " + n + "Maps = Marshal.mapList(" + n + ", " + quoted + ")");
                    texts = n + "Maps.keys()";
                }
                declared.add("Pointer " + n + "Data");
                declared.add("long " + n + "Units");
                declared.add("Pointer " + n + "Offsets");
                declared.add("int " + n + "Count");
                passed.add(texts + ".data()");
                passed.add(texts + ".units()");
                passed.add(texts + ".offsets()");
                passed.add(texts + ".count()");
                if (k == ValueKind.INT_MAP || k == ValueKind.LONG_MAP) {
                    declared.add((k == ValueKind.INT_MAP ? "int[] " : "long[] ") + n + "Values");
                    passed.add(n + "Entries." + (k == ValueKind.INT_MAP ? "ints()" : "longs()"));
                } else if (k == ValueKind.INT_MAP_LIST) {
                    declared.add("int[] " + n + "Values");
                    declared.add("int[] " + n + "Ends");
                    declared.add("int " + n + "Maps");
                    passed.add(n + "Maps.ints()");
                    passed.add(n + "Maps.ends()");
                    passed.add(n + "Maps.count()");
                }
            }
        }
        ValueKind answer = plan.answer();
        String nativeReturn;
        List<String> call = new ArrayList<>();
        String invoke = "Binding." + plan.id() + "(" + String.join(", ", passed);
        if (answer == ValueKind.VOID) {
            nativeReturn = "long";
            call.add("Marshal.check(ID, " + invoke + "));");
            call.addAll(after);
        } else if (answer.primitive()) {
            String abi = answer == ValueKind.BOOLEAN ? "byte" : answer == ValueKind.CHAR ? "short" : answer.java;
            declared.add(abi + "[] nativeOut");
            nativeReturn = "long";
            call.add(abi + "[] nativeOut = new " + abi + "[1];");
            call.add("Marshal.check(ID, " + invoke + (passed.isEmpty() ? "" : ", ") + "nativeOut));");
            call.addAll(after);
            call.add("return " + (answer == ValueKind.BOOLEAN ? "nativeOut[0] != 0" : answer == ValueKind.CHAR ? "(char) nativeOut[0]" : "nativeOut[0]") + ";");
        } else {
            declared.add("long[] nativeOutLength");
            nativeReturn = "Pointer";
            call.add("long[] nativeOutLength = new long[1];");
            call.add("Pointer nativeAnswer = " + invoke + (passed.isEmpty() ? "" : ", ") + "nativeOutLength);");
            call.addAll(after);
            call.add("try {");
            call.add("    return Marshal." + decoder(answer) + "(Marshal.answer(ID, nativeAnswer, nativeOutLength));");
            call.add("} finally {");
            call.add("    if (nativeAnswer != null) {");
            call.add("        Binding." + plan.id() + "_free(nativeAnswer, nativeOutLength[0]);");
            call.add("    }");
            call.add("}");
        }
        if (answer == ValueKind.VOID && !passed.isEmpty()) {
            // nothing more: the entry's status is its answer
        }
        StringBuilder body = new StringBuilder();
        String indent = "        ";
        for (String line : before) {
            body.append(indent).append(line).append('\n');
        }
        if (!resources.isEmpty()) {
            body.append(indent).append("try (").append(String.join(";\n" + indent + "     ", resources)).append(") {\n");
            for (String line : call) {
                body.append(indent).append("    ").append(line).append('\n');
            }
            body.append(indent).append("}\n");
        } else {
            for (String line : call) {
                body.append(indent).append(line).append('\n');
            }
        }
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < plan.parameters().size(); i++) {
            casts.add(cast(plan.parameters().get(i).kind(), "args[" + i + "]"));
        }
        return """
            package %1$s;

            import com.sun.jna.Native;
            import com.sun.jna.Pointer;
            import java.nio.ByteBuffer;
            import java.nio.DoubleBuffer;
            import java.util.List;
            import java.util.Map;
            import java.util.Objects;
            import org.oxidizer.kernels.KernelLibrary;
            import org.oxidizer.kernels.boundary.Marshal;

            /**
             * Drop-in native replacement for {@code %2$s.%3$s}: the same parameters and answer, one native call per Java call
             * with all of its data (JNA direct mapping, about 80 ns per crossing). Written by {@code oxidizer kernel new};
             * regenerate rather than edit.
             */
            public final class %4$sNative {

                static final String ID = "%5$s";
                static final String LIBRARY = "%6$s";

                private %4$sNative() {
                }

                /** Loads the kernel's library from this jar (once per JVM). */
                public static void load() {
                    Binding.touch();
                }

                /** Same contract as {@code %7$s}. */
                public static %8$s %3$s(%9$s) {
            %10$s    }

                private static final class Binding {
                    static {
                        Native.register(Binding.class, KernelLibrary.own(Binding.class, LIBRARY));
                    }

                    static void touch() {
                    }

                    static native %11$s %5$s(%12$s);

                    static native void %5$s_free(Pointer buffer, long length);
                }
            }
            """.formatted(plan.javaPackage(), plan.className(), plan.methodName(), plan.baseName(), plan.id(), plan.crate(),
            plan.display(), answer.java, String.join(", ", signature), body, nativeReturn, String.join(", ", declared));
    }

    /** A cast of {@code value} (an Object) to the parameter's Java type; unchecked for generic lists and maps. */
    private static String cast(ValueKind kind, String value) {
        String boxed = switch (kind) {
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case CHAR -> "Character";
            case SHORT -> "Short";
            case INT -> "Integer";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> kind.java;
        };
        return "(" + boxed + ") " + value;
    }

    private static String classLiterals(KernelPlan plan) {
        StringBuilder text = new StringBuilder();
        for (Parameter p : plan.parameters()) {
            String type = p.kind().java;
            int generic = type.indexOf('<');
            text.append(", ").append(generic < 0 ? type : type.substring(0, generic)).append(".class");
        }
        return text.toString();
    }

    private static String decoder(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN_ARRAY -> "booleanArray";
            case BYTE_ARRAY -> "byteArray";
            case CHAR_ARRAY -> "chars";
            case SHORT_ARRAY -> "shortArray";
            case INT_ARRAY -> "intArray";
            case LONG_ARRAY -> "longArray";
            case FLOAT_ARRAY -> "floatArray";
            case DOUBLE_ARRAY -> "doubleArray";
            case STRING -> "string";
            case STRING_LIST -> "stringList";
            case INTEGER_LIST -> "intList";
            case LONG_LIST -> "longList";
            case DOUBLE_LIST -> "doubleList";
            case INT_MAP -> "intMap";
            case LONG_MAP -> "longMap";
            case INT_MAP_LIST -> "intMaps";
            default -> throw new IllegalArgumentException("no buffer answer for " + kind);
        };
    }
}
