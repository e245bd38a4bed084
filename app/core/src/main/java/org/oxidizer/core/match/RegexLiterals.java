package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds the regexes a method uses: {@code Pattern.compile} of a literal in its body, or a
 * {@code static final Pattern} field the class initializer compiled from a literal. Anything less certain is
 * reported as an unknown regex rather than left out, so a kernel is never bound to a guess.
 */
final class RegexLiterals {

    private static final String PATTERN = "java/util/regex/Pattern";
    private static final String PATTERN_TYPE = "L" + PATTERN + ";";

    private RegexLiterals() {
    }

    /** The class's static Pattern fields by name, as its static initializer sets them. */
    static Map<String, RegexUse> staticFields(ClassNode owner) {
        MethodNode init = owner.methods.stream().filter(m -> m.name.equals("<clinit>")).findFirst().orElse(null);
        Map<String, RegexUse> fields = new LinkedHashMap<>();
        for (FieldNode field : owner.fields) {
            if ((field.access & Opcodes.ACC_STATIC) != 0 && field.desc.equals(PATTERN_TYPE)) {
                fields.put(field.name, initialValue(owner, field, init));
            }
        }
        return fields;
    }

    private static RegexUse initialValue(ClassNode owner, FieldNode field, MethodNode init) {
        String origin = "static field " + field.name;
        if ((field.access & Opcodes.ACC_FINAL) == 0) {
            return RegexUse.unknown(origin + ", which is not final");
        }
        List<AbstractInsnNode> stores = new ArrayList<>();
        for (AbstractInsnNode insn : init == null ? new InsnList() : init.instructions) {
            if (insn.getOpcode() == Opcodes.PUTSTATIC && ((FieldInsnNode) insn).owner.equals(owner.name)
                    && ((FieldInsnNode) insn).name.equals(field.name)) {
                stores.add(insn);
            }
        }
        AbstractInsnNode value = stores.size() == 1 ? previous(stores.get(0)) : null;
        return isCompile(value) ? compiled((MethodInsnNode) value, origin)
            : RegexUse.unknown(origin + ", not set from Pattern.compile in the class initializer");
    }

    /** Regexes the method compiles or reads, each once, in order of first use. */
    static List<RegexUse> used(ClassNode owner, MethodNode method, Map<String, RegexUse> staticFields) {
        LinkedHashSet<RegexUse> used = new LinkedHashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (isCompile(insn)) {
                used.add(compiled((MethodInsnNode) insn, "Pattern.compile in " + method.name));
            } else if (insn instanceof FieldInsnNode field && field.desc.equals(PATTERN_TYPE)) {
                if (insn.getOpcode() == Opcodes.GETSTATIC) {
                    used.add(field.owner.equals(owner.name) && staticFields.containsKey(field.name)
                        ? staticFields.get(field.name)
                        : RegexUse.unknown("static field " + field.owner.replace('/', '.') + "." + field.name));
                } else if (insn.getOpcode() == Opcodes.GETFIELD) {
                    used.add(RegexUse.unknown("instance field " + field.name));
                }
            }
        }
        return List.copyOf(used);
    }

    private static boolean isCompile(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
            && call.owner.equals(PATTERN) && call.name.equals("compile");
    }

    /** The literal and flags of one {@code Pattern.compile} call, from the constants pushed right before it. */
    private static RegexUse compiled(MethodInsnNode compile, String origin) {
        AbstractInsnNode argument = previous(compile);
        Integer flags = 0;
        if (compile.desc.startsWith("(Ljava/lang/String;I)")) {
            flags = intConstant(argument);
            if (flags == null) {
                return RegexUse.unknown(origin);
            }
            argument = previous(argument);
        }
        return argument instanceof LdcInsnNode ldc && ldc.cst instanceof String literal
            ? new RegexUse(literal, flags, origin)
            : new RegexUse(null, flags, origin);
    }

    private static Integer intConstant(AbstractInsnNode insn) {
        if (insn == null) {
            return null;
        }
        int op = insn.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return op - Opcodes.ICONST_0;
        }
        if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return ((IntInsnNode) insn).operand;
        }
        return insn instanceof LdcInsnNode ldc && ldc.cst instanceof Integer value ? value : null;
    }

    /** The instruction before, skipping labels, line numbers and frames. */
    private static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode p = insn == null ? null : insn.getPrevious();
        while (p != null && p.getOpcode() < 0) {
            p = p.getPrevious();
        }
        return p;
    }
}
