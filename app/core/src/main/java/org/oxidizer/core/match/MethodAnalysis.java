package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What a class file says about one method that matters for swapping it for a kernel: its exact types, the
 * regexes it uses, and what in its body no kernel can stand in for.
 *
 * @param className binary name, e.g. {@code org.acme.Outer$Inner}
 * @param signature the types in Java syntax, from the Signature attribute when {@code generic}, else from the descriptor
 * @param generic whether the class file has the method's generic signature (a Signature attribute)
 * @param regexes the regexes it compiles itself or reads from static fields, in order of first use
 * @param blockers one sentence per reason a kernel cannot replace it as written, e.g. {@code mutates shared state: ...}
 */
public record MethodAnalysis(String className, String name, String descriptor, JavaSignature signature, boolean generic,
                             boolean isStatic, List<RegexUse> regexes, List<String> blockers) {

    public MethodAnalysis {
        regexes = List.copyOf(regexes);
        blockers = List.copyOf(blockers);
    }

    /**
     * Every method called {@code methodName} in the class file (overloads included, compiler bridges left out).
     *
     * @throws IllegalArgumentException if the bytes are not a class file ASM can read
     */
    public static List<MethodAnalysis> of(byte[] classFile, String methodName) {
        ClassNode owner = new ClassNode();
        new ClassReader(classFile).accept(owner, ClassReader.SKIP_FRAMES);
        Map<String, RegexUse> staticPatterns = null;
        List<MethodAnalysis> found = new ArrayList<>();
        for (MethodNode method : owner.methods) {
            if (!method.name.equals(methodName) || (method.access & Opcodes.ACC_BRIDGE) != 0) {
                continue;
            }
            if (staticPatterns == null) {
                staticPatterns = RegexLiterals.staticFields(owner);
            }
            found.add(new MethodAnalysis(owner.name.replace('/', '.'), method.name, method.desc,
                JavaSignature.ofClassFile(method.signature != null ? method.signature : method.desc),
                method.signature != null, (method.access & Opcodes.ACC_STATIC) != 0,
                RegexLiterals.used(owner, method, staticPatterns), Blockers.of(owner, method)));
        }
        return found;
    }

    /** For listings: {@code List<Map<String, Integer>> extractAndAggregate(List<String>)}. */
    /** The method as the agent names it: {@code pkg.Class.name(descriptor)}. */
    public String key() {
        return className + "." + name + descriptor;
    }

    public String display() {
        return (signature.typeParameters().isEmpty() ? "" : signature.typeParameters() + " ") + signature.returnType()
            + " " + name + "(" + String.join(", ", signature.parameterTypes()) + ")";
    }
}
