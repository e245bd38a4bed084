package org.oxidizer.kernels.text;

/**
 * Reads a java.util.regex character class {@code [...]} into the set of code points it matches, following
 * {@code Pattern.clazz} and {@code Pattern.range}: nested classes are unions, a leading ^ negates the whole
 * class (Java 9 and later), ']' right after '[' or '[^' is a literal, '-' next to ']' or '[' is a literal.
 */
final class JavaCharClass {

    private JavaCharClass() {
    }

    /** Reads from just after '[' to just after the matching ']'. */
    static CodePointSet read(PatternCursor c, boolean caseInsensitive) {
        boolean negated = c.eat('^');
        CodePointSet members = CodePointSet.EMPTY;
        boolean any = false;
        while (true) {
            int ch = c.peek();
            if (ch == PatternCursor.END) {
                throw c.refuse("an unclosed character class");
            } else if (ch == '[') {
                c.next();
                members = members.union(read(c, caseInsensitive));
            } else if (ch == '&' && c.peek(1) == '&') {
                c.next();
                throw c.refuse("a class intersection (&&)");
            } else if (ch == ']' && any) {
                c.next();
                return negated ? members.complement() : members;
            } else {
                members = members.union(member(c, caseInsensitive));
            }
            any = true;
        }
    }

    /** One character, range or predefined class inside [...]. */
    private static CodePointSet member(PatternCursor c, boolean caseInsensitive) {
        int first;
        if (c.eat('\\')) {
            if (c.peek() == 'p' || c.peek() == 'P') {
                throw c.refuse("the Unicode property class \\" + (char) c.next());
            }
            JavaEscape escape = JavaEscape.read(c, true, c.peek(1) == '-');
            if (escape.set != null) {
                return escape.set;
            }
            first = escape.codePoint;
        } else {
            first = c.next();
        }
        int last = first;
        if (c.peek() == '-' && c.peek(1) != '[' && c.peek(1) != ']' && c.peek(1) != PatternCursor.END) {
            c.next();
            if (c.eat('\\')) {
                JavaEscape escape = JavaEscape.read(c, true, true);
                if (escape.set != null) {
                    throw c.refuse("a range that ends in a predefined class");
                }
                last = escape.codePoint;
            } else {
                last = c.next();
            }
            if (last < first) {
                throw c.refuse("a range whose end comes before its start");
            }
        }
        JavaPatternParser.requireNoSurrogate(c, first, last);
        CodePointSet member = CodePointSet.range(first, last);
        return caseInsensitive ? member.withAsciiCaseVariants() : member;
    }
}
