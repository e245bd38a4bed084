package org.oxidizer.core.match;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.signature.SignatureReader;

/**
 * A method's types in Java syntax with simple class names, e.g. {@code List<Map<String, Integer>> (List<String>)}:
 * what a kernel shape and a hot method are compared by (names of the method and its parameters do not count).
 *
 * @param typeParameters e.g. {@code <T extends Number>}, empty for none
 */
public record JavaSignature(String typeParameters, String returnType, List<String> parameterTypes) {

    public JavaSignature {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** From a class file: a method's Signature attribute or, for non-generic methods, its descriptor. */
    public static JavaSignature ofClassFile(String signatureOrDescriptor) {
        SignatureRenderer renderer = new SignatureRenderer();
        new SignatureReader(signatureOrDescriptor).accept(renderer);
        return renderer.signature();
    }

    /**
     * From Java source syntax as kernel shapes write it: {@code List<Map<String, Integer>> extractAndAggregate(List<String> texts)};
     * the method and parameter names are optional.
     *
     * @throws IllegalArgumentException if there is no parameter list
     */
    public static JavaSignature parse(String source) {
        String s = source.trim();
        int open = topLevel(s, '(', 0);
        int close = s.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a method signature: " + source);
        }
        String head = s.substring(0, open).trim();
        String typeParameters = "";
        if (head.startsWith("<")) {
            int end = topLevel(head, ' ', 0);
            typeParameters = end < 0 ? head : head.substring(0, end);
            head = end < 0 ? "" : head.substring(end).trim();
        }
        List<String> parameters = new ArrayList<>();
        String list = s.substring(open + 1, close).trim();
        for (int from = 0; !list.isEmpty() && from <= list.length(); ) {
            int comma = topLevel(list, ',', from);
            int end = comma < 0 ? list.length() : comma;
            parameters.add(canonical(withoutName(list.substring(from, end).trim().replaceFirst("^final\\s+", ""))));
            from = end + 1;
        }
        return new JavaSignature(typeParameters, canonical(withoutName(head)), parameters);
    }

    /** Same return and parameter types; type parameters and names aside. */
    public boolean sameTypes(JavaSignature other) {
        return returnType.equals(other.returnType) && parameterTypes.equals(other.parameterTypes);
    }

    @Override
    public String toString() {
        return (typeParameters.isEmpty() ? "" : typeParameters + " ") + returnType + " (" + String.join(", ", parameterTypes) + ")";
    }

    /** One spelling per type: no package qualifiers, no spaces but after commas and around wildcards, varargs as arrays. */
    static String canonical(String type) {
        return type.replaceAll("(?<![\\w$])(?:[a-z_][\\w$]*\\.)+(?=[A-Z_$])", "")
            .replaceAll("\\s+", "")
            .replace("...", "[]")
            .replace(",", ", ")
            .replace("?extends", "? extends ")
            .replace("?super", "? super ");
    }

    /** Drops a trailing identifier after the type, e.g. the {@code texts} of {@code List<String> texts}. */
    private static String withoutName(String typeAndName) {
        int space = -1;
        for (int i = 0, depth = 0; i < typeAndName.length(); i++) {
            char c = typeAndName.charAt(i);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c)) {
                space = i;
            }
        }
        if (space < 0) {
            return typeAndName;
        }
        String type = typeAndName.substring(0, space).trim();
        String name = typeAndName.substring(space + 1);
        boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
            && name.chars().allMatch(Character::isJavaIdentifierPart);
        return identifier && !type.isEmpty() && !type.endsWith("?") && !type.endsWith("extends") && !type.endsWith("super")
            ? type : typeAndName;
    }

    /** Index of {@code wanted} outside angle brackets, from {@code from}, or -1. */
    private static int topLevel(String s, char wanted, int from) {
        for (int i = from, depth = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        return -1;
    }
}
