package org.oxidizer.agent.swap;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Weaves one method so that its calls go through {@code KernelBridge}: at the top, {@code enter} may serve the call
 * (the body is skipped and the kernel's answer returned) or hand out a ticket; every return and every throwable
 * leaving the body reports its outcome for a ticket. Only the method's code changes (no member is added), so it
 * works at class load and by retransformation, and removing the transformer and retransforming restores the
 * original. Plain ASM: the agent's start pays for a class reader and writer, not for a code-generation framework's
 * own bootstrap, which cost a swapped start about 0.3 s of its main thread.
 */
final class RouteWeaver implements ClassFileTransformer {

    static final String BRIDGE = "org/oxidizer/agent/bridge/KernelBridge";
    private static final String SERVED = BRIDGE + "$Served";
    private static final String OBJECT = "java/lang/Object";

    /** Told when the class was woven (live: by retransformation) or could not be. */
    interface Listener {
        void woven(boolean live);

        void failed(String className, Throwable t);
    }

    private final String internalName;
    private final String methodName;
    private final String descriptor;
    private final String key;
    private final Listener listener;

    /** @param key the bridge's key of the method, {@code com.acme.T.m(I)I} */
    RouteWeaver(String className, String methodName, String descriptor, String key, Listener listener) {
        this.internalName = className.replace('.', '/');
        this.methodName = methodName;
        this.descriptor = descriptor;
        this.key = key;
        this.listener = listener;
    }

    String internalName() {
        return internalName;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
        if (!internalName.equals(className)) {
            return null;
        }
        try {
            byte[] woven = weave(bytes, methodName, descriptor, key);
            if (woven != null) {
                listener.woven(redefined != null);
            }
            return woven;
        } catch (Throwable t) {
            listener.failed(className, t);
            return null;
        }
    }

    /** The class with {@code name descriptor} woven, or null when it declares no such method with code. */
    static byte[] weave(byte[] bytes, String name, String descriptor, String key) {
        ClassReader reader = new ClassReader(bytes);
        int[] maxLocals = {-1};
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                if (!n.equals(name) || !d.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMaxs(int maxStack, int locals) {
                        maxLocals[0] = locals;
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (maxLocals[0] < 0) {
            return null;
        }
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private String owner;
            private boolean frames;

            @Override
            public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                owner = n;
                frames = (version & 0xFFFF) >= Opcodes.V1_6;
                super.visit(version, access, n, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, n, d, signature, exceptions);
                if (!n.equals(name) || !d.equals(descriptor)) {
                    return mv;
                }
                return new Routed(mv, access, owner, d, key, maxLocals[0], frames);
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /** The method's code with the bridge's calls around it; {@code entered} is a new local after all of the method's own. */
    private static final class Routed extends MethodVisitor {
        private final boolean isStatic;
        private final String owner;
        private final Type[] arguments;
        private final Type returnType;
        private final String key;
        private final int entered;
        private final boolean frames;
        private final Label tryStart = new Label();
        private final Label tryEnd = new Label();
        private final Label handler = new Label();
        private boolean started;

        Routed(MethodVisitor mv, int access, String owner, String descriptor, String key, int maxLocals, boolean frames) {
            super(Opcodes.ASM9, mv);
            this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
            this.owner = owner;
            this.arguments = Type.getArgumentTypes(descriptor);
            this.returnType = Type.getReturnType(descriptor);
            this.key = key;
            this.entered = maxLocals;
            this.frames = frames;
        }

        /**
         * Emitted at the first instruction, after the method's own exception handlers were visited: ours is last in
         * the table, so the body's own handlers still catch first.
         */
        private void prologue() {
            if (started) {
                return;
            }
            started = true;
            super.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/Throwable");
            super.visitLdcInsn(key);
            super.visitLdcInsn(Type.getObjectType(owner));
            if (isStatic) {
                super.visitInsn(Opcodes.ACONST_NULL);
            } else {
                super.visitVarInsn(Opcodes.ALOAD, 0);
            }
            pushInt(arguments.length);
            super.visitTypeInsn(Opcodes.ANEWARRAY, OBJECT);
            int slot = isStatic ? 0 : 1;
            for (int i = 0; i < arguments.length; i++) {
                super.visitInsn(Opcodes.DUP);
                pushInt(i);
                super.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
                box(arguments[i]);
                super.visitInsn(Opcodes.AASTORE);
                slot += arguments[i].getSize();
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "enter",
                "(Ljava/lang/String;Ljava/lang/Class;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", false);
            super.visitVarInsn(Opcodes.ASTORE, entered);
            super.visitVarInsn(Opcodes.ALOAD, entered);
            super.visitTypeInsn(Opcodes.INSTANCEOF, SERVED);
            Label body = new Label();
            super.visitJumpInsn(Opcodes.IFEQ, body);
            if (returnType.getSort() != Type.VOID) {
                super.visitVarInsn(Opcodes.ALOAD, entered);
                super.visitTypeInsn(Opcodes.CHECKCAST, SERVED);
                super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, SERVED, "value", "()Ljava/lang/Object;", false);
                unbox(returnType);
            }
            super.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
            super.visitLabel(body);
            if (frames) {
                List<Object> locals = initialLocals();
                padTo(locals, entered);
                locals.add(OBJECT);
                super.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 0, new Object[0]);
            }
            // The body's own first frame, if any, must not fall on the offset of ours.
            super.visitInsn(Opcodes.NOP);
            super.visitLabel(tryStart);
        }

        private List<Object> initialLocals() {
            List<Object> locals = new ArrayList<>();
            if (!isStatic) {
                locals.add(owner);
            }
            for (Type t : arguments) {
                switch (t.getSort()) {
                    case Type.BOOLEAN:
                    case Type.BYTE:
                    case Type.CHAR:
                    case Type.SHORT:
                    case Type.INT:
                        locals.add(Opcodes.INTEGER);
                        break;
                    case Type.FLOAT:
                        locals.add(Opcodes.FLOAT);
                        break;
                    case Type.LONG:
                        locals.add(Opcodes.LONG);
                        break;
                    case Type.DOUBLE:
                        locals.add(Opcodes.DOUBLE);
                        break;
                    case Type.ARRAY:
                        locals.add(t.getDescriptor());
                        break;
                    default:
                        locals.add(t.getInternalName());
                }
            }
            return locals;
        }

        /** Appends TOPs until the frame's locals fill {@code slots} slots (a long or double fills two). */
        private static void padTo(List<Object> locals, int slots) {
            int used = 0;
            for (Object l : locals) {
                used += l == Opcodes.LONG || l == Opcodes.DOUBLE ? 2 : 1;
            }
            for (; used < slots; used++) {
                locals.add(Opcodes.TOP);
            }
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            prologue();
            // Every frame of the body also holds the ticket: the handler at the end reads it from anywhere.
            List<Object> locals = new ArrayList<>(numLocal + 4);
            for (int i = 0; i < numLocal; i++) {
                locals.add(local[i]);
            }
            padTo(locals, entered);
            locals.add(OBJECT);
            super.visitFrame(type, locals.size(), locals.toArray(), numStack, stack);
        }

        @Override
        public void visitInsn(int opcode) {
            prologue();
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                if (opcode == Opcodes.RETURN) {
                    super.visitInsn(Opcodes.ACONST_NULL);
                } else {
                    super.visitInsn(returnType.getSize() == 2 ? Opcodes.DUP2 : Opcodes.DUP);
                    box(returnType);
                }
                super.visitVarInsn(Opcodes.ALOAD, entered);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "returned", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            prologue();
            super.visitLabel(tryEnd);
            super.visitLabel(handler);
            if (frames) {
                List<Object> locals = new ArrayList<>();
                padTo(locals, entered);
                locals.add(OBJECT);
                super.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 1, new Object[] {"java/lang/Throwable"});
            }
            super.visitInsn(Opcodes.DUP);
            super.visitVarInsn(Opcodes.ALOAD, entered);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "threw", "(Ljava/lang/Throwable;Ljava/lang/Object;)V", false);
            super.visitInsn(Opcodes.ATHROW);
            super.visitMaxs(maxStack, maxLocals);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            prologue();
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            prologue();
            super.visitVarInsn(opcode, var);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            prologue();
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitFieldInsn(int opcode, String o, String name, String d) {
            prologue();
            super.visitFieldInsn(opcode, o, name, d);
        }

        @Override
        public void visitMethodInsn(int opcode, String o, String name, String d, boolean isInterface) {
            prologue();
            super.visitMethodInsn(opcode, o, name, d, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String d, org.objectweb.asm.Handle bsm, Object... args) {
            prologue();
            super.visitInvokeDynamicInsn(name, d, bsm, args);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            prologue();
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitLabel(Label label) {
            prologue();
            super.visitLabel(label);
        }

        @Override
        public void visitLdcInsn(Object value) {
            prologue();
            super.visitLdcInsn(value);
        }

        @Override
        public void visitIincInsn(int var, int increment) {
            prologue();
            super.visitIincInsn(var, increment);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            prologue();
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            prologue();
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        @Override
        public void visitMultiANewArrayInsn(String d, int numDimensions) {
            prologue();
            super.visitMultiANewArrayInsn(d, numDimensions);
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            prologue();
            super.visitLineNumber(line, start);
        }

        private void pushInt(int value) {
            if (value <= 5) {
                super.visitInsn(Opcodes.ICONST_0 + value);
            } else if (value <= Byte.MAX_VALUE) {
                super.visitIntInsn(Opcodes.BIPUSH, value);
            } else {
                super.visitIntInsn(Opcodes.SIPUSH, value);
            }
        }

        private void box(Type t) {
            Type boxed = boxed(t);
            if (boxed != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, boxed.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(boxed, t), false);
            }
        }

        private void unbox(Type t) {
            Type boxed = boxed(t);
            if (boxed == null) {
                super.visitTypeInsn(Opcodes.CHECKCAST, t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName());
                return;
            }
            super.visitTypeInsn(Opcodes.CHECKCAST, boxed.getInternalName());
            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, boxed.getInternalName(), t.getClassName() + "Value",
                Type.getMethodDescriptor(t), false);
        }

        private static Type boxed(Type t) {
            switch (t.getSort()) {
                case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
                case Type.BYTE: return Type.getObjectType("java/lang/Byte");
                case Type.CHAR: return Type.getObjectType("java/lang/Character");
                case Type.SHORT: return Type.getObjectType("java/lang/Short");
                case Type.INT: return Type.getObjectType("java/lang/Integer");
                case Type.FLOAT: return Type.getObjectType("java/lang/Float");
                case Type.LONG: return Type.getObjectType("java/lang/Long");
                case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
                default: return null;
            }
        }
    }
}
