package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureVisitor;

/** Renders a method's Signature attribute (or its descriptor) in Java syntax with simple class names. */
final class SignatureRenderer extends SignatureVisitor {

    private final List<String> typeParameters = new ArrayList<>();
    private final List<StringBuilder> parameters = new ArrayList<>();
    private final StringBuilder returnType = new StringBuilder();
    private String typeParameter;
    private final List<StringBuilder> bounds = new ArrayList<>();

    SignatureRenderer() {
        super(Opcodes.ASM9);
    }

    JavaSignature signature() {
        endTypeParameter();
        return new JavaSignature(typeParameters.isEmpty() ? "" : "<" + String.join(", ", typeParameters) + ">",
            returnType.toString(), parameters.stream().map(StringBuilder::toString).toList());
    }

    @Override
    public void visitFormalTypeParameter(String name) {
        endTypeParameter();
        typeParameter = name;
    }

    @Override
    public SignatureVisitor visitClassBound() {
        return bound();
    }

    @Override
    public SignatureVisitor visitInterfaceBound() {
        return bound();
    }

    @Override
    public SignatureVisitor visitParameterType() {
        endTypeParameter();
        StringBuilder parameter = new StringBuilder();
        parameters.add(parameter);
        return new TypeRenderer(parameter);
    }

    @Override
    public SignatureVisitor visitReturnType() {
        endTypeParameter();
        return new TypeRenderer(returnType);
    }

    @Override
    public SignatureVisitor visitExceptionType() {
        return new TypeRenderer(new StringBuilder());
    }

    private SignatureVisitor bound() {
        StringBuilder bound = new StringBuilder();
        bounds.add(bound);
        return new TypeRenderer(bound);
    }

    private void endTypeParameter() {
        if (typeParameter == null) {
            return;
        }
        List<String> named = bounds.stream().map(StringBuilder::toString).filter(b -> !b.equals("Object")).toList();
        typeParameters.add(named.isEmpty() ? typeParameter : typeParameter + " extends " + String.join(" & ", named));
        typeParameter = null;
        bounds.clear();
    }

    /** One type, written into a shared builder as the reader walks it depth first. */
    private static final class TypeRenderer extends SignatureVisitor {

        private final StringBuilder out;
        private int arrayDimensions;
        private boolean argumentsOpen;

        TypeRenderer(StringBuilder out) {
            super(Opcodes.ASM9);
            this.out = out;
        }

        @Override
        public void visitBaseType(char descriptor) {
            out.append(Type.getType(String.valueOf(descriptor)).getClassName());
            endType();
        }

        @Override
        public void visitTypeVariable(String name) {
            out.append(name);
            endType();
        }

        @Override
        public SignatureVisitor visitArrayType() {
            arrayDimensions++;
            return this;
        }

        @Override
        public void visitClassType(String internalName) {
            String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
            out.append(simple.replace('$', '.'));
        }

        @Override
        public void visitInnerClassType(String name) {
            closeArguments();
            out.append('.').append(name);
        }

        @Override
        public void visitTypeArgument() {
            openArgument();
            out.append('?');
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            openArgument();
            if (wildcard == EXTENDS) {
                out.append("? extends ");
            } else if (wildcard == SUPER) {
                out.append("? super ");
            }
            return new TypeRenderer(out);
        }

        @Override
        public void visitEnd() {
            closeArguments();
            endType();
        }

        private void openArgument() {
            out.append(argumentsOpen ? ", " : "<");
            argumentsOpen = true;
        }

        private void closeArguments() {
            if (argumentsOpen) {
                out.append('>');
                argumentsOpen = false;
            }
        }

        private void endType() {
            out.append("[]".repeat(arrayDimensions));
            arrayDimensions = 0;
        }
    }
}
