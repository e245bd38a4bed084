package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What in a method's body a kernel cannot stand in for: a kernel computes a result from the arguments, so
 * side effects on the JVM's state, locks, calls into application code and I/O would silently disappear.
 * A kernel is given the method's arguments, not {@code this}, so reading the object's own fields rules it out
 * too. Calls into the JDK are fine: the kernel reproduces their meaning (e.g. {@code Matcher.find}).
 */
final class Blockers {

    private static final int SHOWN = 3;
    private static final Set<String> IN_MEMORY = Set.of("java/nio/file/Path", "java/nio/file/Paths",
        "java/io/ByteArrayInputStream", "java/io/ByteArrayOutputStream", "java/io/StringReader", "java/io/StringWriter",
        "java/io/CharArrayReader", "java/io/CharArrayWriter", "java/net/URI");

    private Blockers() {
    }

    static List<String> of(ClassNode owner, MethodNode method) {
        List<String> blockers = new ArrayList<>();
        if ((method.access & Opcodes.ACC_ABSTRACT) != 0) {
            return List.of("is abstract: there is no body to replace");
        }
        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
            return List.of("is native already");
        }
        if ((method.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            blockers.add("is synchronized: other threads rely on the lock it holds");
        }
        Set<String> writes = new LinkedHashSet<>();
        Set<String> reads = new LinkedHashSet<>();
        Set<String> calls = new LinkedHashSet<>();
        Set<String> io = new LinkedHashSet<>();
        boolean monitors = false;
        for (AbstractInsnNode insn : method.instructions) {
            int op = insn.getOpcode();
            if (op == Opcodes.MONITORENTER) {
                monitors = true;
            } else if (op == Opcodes.PUTSTATIC || op == Opcodes.PUTFIELD) {
                FieldInsnNode field = (FieldInsnNode) insn;
                writes.add((op == Opcodes.PUTSTATIC ? "static field " : "field ") + javaName(field.owner) + "." + field.name);
            } else if (op == Opcodes.GETFIELD && ((FieldInsnNode) insn).owner.equals(owner.name)) {
                reads.add(javaName(owner.name) + "." + ((FieldInsnNode) insn).name);
            } else if (insn instanceof MethodInsnNode call) {
                boolean self = call.owner.equals(owner.name) && call.name.equals(method.name) && call.desc.equals(method.desc);
                called(call.owner, call.name, self, calls, io);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                called(indy.bsm.getOwner(), indy.bsm.getName(), false, calls, io);
                for (Object argument : indy.bsmArgs) {
                    if (argument instanceof Handle handle) {
                        called(handle.getOwner(), handle.getName(), false, calls, io);
                    }
                }
            }
        }
        if (monitors) {
            blockers.add("uses monitors (a synchronized block): other threads rely on the lock it takes");
        }
        add(blockers, "mutates shared state: writes ", writes);
        add(blockers, "reads the object's own fields, which a kernel is not given: ", reads);
        add(blockers, "calls back into Java: ", calls);
        add(blockers, "does I/O: ", io);
        return blockers;
    }

    private static void called(String owner, String name, boolean self, Set<String> calls, Set<String> io) {
        String target = javaName(owner) + "." + name;
        if (!owner.startsWith("[") && !JavaFrame.isJdkClass(javaName(owner))) {
            if (!self) {
                calls.add(target);
            }
        } else if (isIo(owner)) {
            io.add(target);
        }
    }

    /** Files, sockets and streams; exceptions, paths and in-memory streams are not I/O. */
    private static boolean isIo(String owner) {
        boolean io = owner.startsWith("java/io/") || owner.startsWith("java/nio/file/") || owner.startsWith("java/net/")
            || owner.startsWith("java/nio/channels/");
        return io && !owner.endsWith("Exception") && !owner.endsWith("Error") && !IN_MEMORY.contains(owner);
    }

    private static void add(List<String> blockers, String prefix, Set<String> targets) {
        if (targets.isEmpty()) {
            return;
        }
        List<String> shown = targets.stream().limit(SHOWN).toList();
        blockers.add(prefix + String.join(", ", shown)
            + (targets.size() > SHOWN ? " and " + (targets.size() - SHOWN) + " more" : ""));
    }

    private static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }
}
