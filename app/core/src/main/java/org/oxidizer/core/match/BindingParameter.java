package org.oxidizer.core.match;

import java.util.stream.Collectors;

/** Reads a kernel shape's binding parameter, such as {@code pattern}, from what a method's class file says. */
final class BindingParameter {

    /** @param text the value, or null when there is none; then {@code reason} says why in one sentence */
    record Value(String text, String reason) {
    }

    private BindingParameter() {
    }

    static Value read(String name, MethodAnalysis method) {
        if (name.equals("pattern")) {
            return pattern(method);
        }
        return new Value(null, "Oxidizer does not know how to read the parameter '" + name + "' from a method");
    }

    /** The method's one regex literal, compiled without flags. */
    private static Value pattern(MethodAnalysis method) {
        var regexes = method.regexes();
        if (regexes.isEmpty()) {
            return new Value(null, "the method compiles no regex to give the kernel its pattern");
        }
        if (regexes.size() > 1) {
            return new Value(null, "the method uses " + regexes.size() + " regexes ("
                + regexes.stream().map(RegexUse::describe).collect(Collectors.joining("; ")) + "), the kernel takes one pattern");
        }
        RegexUse regex = regexes.get(0);
        if (!regex.isConstant()) {
            return new Value(null, "the method's regex is not a constant: " + regex.describe());
        }
        if (regex.flags() != 0) {
            return new Value(null, "the method compiles its regex with flags " + RegexUse.flagNames(regex.flags())
                + ", the kernel's pattern has none");
        }
        return new Value(regex.pattern(), "");
    }
}
