package org.oxidizer.core.kernelgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.oxidizer.core.match.MethodAnalysis;

/**
 * What a kernel project for one method will be: the method's exact types mapped to what crosses the native
 * boundary, its parameter names, the kernel's id and the names of the generated crate and classes. Made only for
 * shapes the boundary supports; anything else is refused with the parameter and the reason, before anything is
 * written.
 *
 * @param className binary name, e.g. {@code com.acme.Stats}
 * @param display the method for people: {@code long checksum(int[] values)}
 * @param blockers why a kernel may not stand in for the method as written (I/O, callbacks, shared state), one sentence each
 * @param id the kernel's catalog id and C entry point, e.g. {@code stats_checksum}
 * @param javaPackage the generated classes' package, e.g. {@code com.acme.oxidizer}
 * @param baseName the generated classes' name stem, e.g. {@code StatsChecksum}
 */
public record KernelPlan(String className, String methodName, String descriptor, String display, boolean isStatic,
                         List<Parameter> parameters, ValueKind answer, List<String> blockers, String id, String javaPackage,
                         String baseName) {

    /** One parameter: its Java name (from the class file, else {@code argN}) and kind. */
    public record Parameter(String name, ValueKind kind) {

        /** The name in Rust: snake case, never a keyword. */
        String rust() {
            String snake = KernelPlan.snake(name);
            return RUST_KEYWORDS.contains(snake) ? snake + "_" : snake;
        }
    }

    public KernelPlan {
        parameters = List.copyOf(parameters);
        blockers = List.copyOf(blockers);
    }

    /** {@code com.acme.Stats.checksum(...)}: the method as the agent and capture files name it. */
    public String methodKey() {
        return className + "." + methodName + descriptor;
    }

    /** Name of the Rust crate and its library ({@code lib<crate>.so}). */
    public String crate() {
        return id + "_kernel";
    }

    /** The kernel's function in Rust, named like the Java method. */
    String rustFunction() {
        String snake = snake(methodName);
        return RUST_KEYWORDS.contains(snake) ? snake + "_" : snake;
    }

    /**
     * Plans the project for {@code methodName} in a class file.
     *
     * @param descriptor the JVM descriptor when the class has several methods of that name, else null
     * @throws KernelProjectException with one sentence: no such method, several, or a type the boundary does not take
     */
    public static KernelPlan of(byte[] classFile, String methodName, String descriptor) throws KernelProjectException {
        List<MethodAnalysis> found;
        try {
            found = MethodAnalysis.of(classFile, methodName);
        } catch (RuntimeException e) {
            throw new KernelProjectException("the class file cannot be read: " + e.getMessage());
        }
        ClassNode owner = new ClassNode();
        new ClassReader(classFile).accept(owner, ClassReader.SKIP_FRAMES);
        String className = owner.name.replace('/', '.');
        MethodAnalysis method = theMethod(found, className, methodName, descriptor);
        if (!method.signature().typeParameters().isEmpty()) {
            throw new KernelProjectException(method.display() + " has type parameters " + method.signature().typeParameters()
                + ": a kernel needs the exact types");
        }
        MethodNode node = owner.methods.stream()
            .filter(m -> m.name.equals(methodName) && m.desc.equals(method.descriptor())).findFirst().orElseThrow();
        Type[] types = Type.getArgumentTypes(method.descriptor());
        List<String> names = parameterNames(node, types);
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String javaType = method.signature().parameterTypes().get(i);
            String name = names.get(i);
            ValueKind kind = ValueKind.of(javaType, types[i].getDescriptor()).orElse(null);
            if (kind == null || kind.rustParameter == null) {
                throw new KernelProjectException("parameter " + (i + 1) + " (" + javaType + " " + name + ") of " + className
                    + "." + methodName + " is " + why(javaType) + "; a written kernel takes " + ValueKind.supported());
            }
            parameters.add(new Parameter(name, kind));
        }
        Type returnType = Type.getReturnType(method.descriptor());
        ValueKind answer = ValueKind.of(method.signature().returnType(), returnType.getDescriptor()).orElse(null);
        if (answer == null || answer.rustAnswer == null) {
            throw new KernelProjectException(className + "." + methodName + " returns " + method.signature().returnType()
                + ": " + (answer != null && answer.buffer() ? "a kernel cannot hand back a buffer (the JVM owns its memory;"
                + " fill one passed in instead)" : "it is " + why(method.signature().returnType()))
                + "; a written kernel returns void or " + ValueKind.supported().replace(", ByteBuffer, DoubleBuffer", ""));
        }
        if (answer == ValueKind.VOID && parameters.stream().noneMatch(p -> p.kind().fillable())) {
            throw new KernelProjectException(className + "." + methodName + " returns void and has no array or buffer"
                + " parameter to fill: a kernel computes an answer, and this method's effect is elsewhere");
        }
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '_');
        String pkg = className.lastIndexOf('.') < 0 ? "" : className.substring(0, className.lastIndexOf('.'));
        String id = snake(simple) + "_" + snake(methodName);
        String base = upperFirst(simple.replace("_", "")) + upperFirst(methodName);
        return new KernelPlan(className, methodName, method.descriptor(), display(method, parameters), method.isStatic(),
            parameters, answer, method.blockers(), id, pkg.isEmpty() ? "oxidizer" : pkg + ".oxidizer", base);
    }

    /**
     * The one method of {@code found} (a class's methods of one name) that a person means, its descriptor deciding
     * between overloads.
     *
     * @throws KernelProjectException when there is none, or several and no descriptor tells them apart
     */
    static MethodAnalysis theMethod(List<MethodAnalysis> found, String className, String methodName, String descriptor)
            throws KernelProjectException {
        if (descriptor != null) {
            found = found.stream().filter(m -> m.descriptor().equals(descriptor)).toList();
        }
        if (found.isEmpty()) {
            throw new KernelProjectException(className + " has no method " + methodName
                + (descriptor == null ? "" : descriptor) + " with a body");
        }
        if (found.size() > 1) {
            List<String> overloads = found.stream().map(m -> m.display() + " " + m.descriptor()).toList();
            throw new KernelProjectException(className + " has " + found.size() + " methods called " + methodName
                + "; name one with its descriptor, e.g. " + className + "." + methodName + found.get(0).descriptor()
                + " (" + String.join("; ", overloads) + ")");
        }
        return found.get(0);
    }

    private static String display(MethodAnalysis method, List<Parameter> parameters) {
        StringBuilder text = new StringBuilder(method.signature().returnType()).append(' ').append(method.name()).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(parameters.get(i).kind().java).append(' ').append(parameters.get(i).name());
        }
        return text.append(')').toString();
    }

    private static String why(String javaType) {
        if (javaType.equals("List") || javaType.equals("Map") || javaType.startsWith("List<?") || javaType.startsWith("Map<?")) {
            return "a raw or wildcard " + javaType + " (compiled without its element types, a kernel cannot know them)";
        }
        if (javaType.startsWith("List<") || javaType.startsWith("Map<")) {
            return "a " + javaType + ", whose elements have no layout at the boundary yet";
        }
        if (javaType.endsWith("[][]")) {
            return "an array of arrays, which would cross one row at a time";
        }
        return "a " + javaType + ", which has no layout at the boundary (a kernel gets data, not objects)";
    }

    /** Names from the class file's MethodParameters or local variable table (javac -g or -parameters), else argN. */
    private static List<String> parameterNames(MethodNode node, Type[] types) {
        List<String> names = new ArrayList<>();
        if (node.parameters != null && node.parameters.size() == types.length) {
            node.parameters.forEach(p -> names.add(p.name));
        } else {
            int slot = (node.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (Type type : types) {
                String name = null;
                if (node.localVariables != null) {
                    for (LocalVariableNode local : node.localVariables) {
                        if (local.index == slot) {
                            name = local.name;
                            break;
                        }
                    }
                }
                names.add(name);
                slot += type.getSize();
            }
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean ok = name != null && name.matches("[A-Za-z][A-Za-z0-9]*") && !clean.contains(name) && !JAVA_RESERVED.contains(name);
            clean.add(ok ? name : "arg" + i);
        }
        return clean;
    }

    /** {@code wordCounts} and {@code WordCounts} become {@code word_counts}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_' && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final Set<String> RUST_KEYWORDS = Set.of("as", "break", "const", "continue", "crate", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
        "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
        "virtual", "yield", "try", "out", "ffi", "kernel", "answer");

    /** Names the generated Java code uses for its own locals. */
    private static final Set<String> JAVA_RESERVED = Set.of("nativeOut", "nativeOutLength", "nativeAnswer", "ID", "LIBRARY");
}
