package org.oxidizer.kernels.text;

/**
 * Reads the structure of a java.util.regex pattern (alternation, sequence, groups, quantifiers, atoms) and
 * writes the regex crate pattern that matches the same way, refusing every construct where the crate's
 * leftmost-first search could answer differently from Java's backtracking {@code find()}.
 */
final class JavaPatternParser {

    /** Java's '.' without DOTALL: anything but the line terminators \n \r U+0085 U+2028 U+2029. */
    static final CodePointSet DOT = CodePointSet.ranges('\n', '\n', '\r', '\r', 0x85, 0x85, 0x2028, 0x2029).complement();

    private static final CodePointSet SURROGATES_AND_ABOVE = CodePointSet.range(Character.MIN_SURROGATE, CodePointSet.MAX);

    /**
     * A parsed piece: its regex crate syntax, whether it can match the empty string, its capturing groups, and
     * the same piece as a flat sequence of repeated classes for the compiled matcher, or why it is not one.
     */
    private static final class Fragment {
        final String rust;
        final boolean nullable;
        final int groups;
        final java.util.List<OnePassProgram.Item> items;
        final String notFlat;

        Fragment(String rust, boolean nullable, int groups, java.util.List<OnePassProgram.Item> items, String notFlat) {
            this.rust = rust;
            this.nullable = nullable;
            this.groups = groups;
            this.items = items;
            this.notFlat = notFlat;
        }

        Fragment(String rust, boolean nullable, int groups) {
            this(rust, nullable, groups, null, null);
        }

        /** The same syntax, not a flat sequence because of {@code why}. */
        Fragment notFlat(String why) {
            return new Fragment(rust, nullable, groups, null, notFlat != null ? notFlat : why);
        }
    }

    private final PatternCursor c;
    private boolean caseInsensitive;
    /** Capturing groups opened so far: the next one's number less one. */
    private int groupsOpened;
    /** The whole pattern as a flat sequence, or null; set by {@link #whole()}. */
    private Fragment parsed;

    private JavaPatternParser(PatternCursor cursor) {
        this.c = cursor;
    }

    /** The regex crate pattern for a pattern that java.util.regex compiles. */
    static String translate(String javaPattern) {
        JavaPatternParser parser = new JavaPatternParser(new PatternCursor(javaPattern));
        return parser.whole();
    }

    /**
     * The pattern (one that {@link #translate} accepts) as the compiled one-pass matcher's program, or the
     * reason it cannot run there (it then runs on the regex crate).
     */
    static OnePassProgram compile(String javaPattern) {
        JavaPatternParser parser = new JavaPatternParser(new PatternCursor(javaPattern));
        parser.whole();
        Fragment whole = parser.parsed;
        return whole.items == null ? OnePassProgram.refused(whole.notFlat) : OnePassProgram.of(whole.items);
    }

    private String whole() {
        if (c.peek() == '(' && c.peek(1) == '?' && c.peek(2) == 'i' && c.peek(3) == ')') {
            c.next();
            c.next();
            c.next();
            c.next();
            caseInsensitive = true;
        }
        Fragment whole = alternation();
        if (!c.atEnd()) {
            c.next();
            throw c.refuse("an unmatched ')'");
        }
        if (whole.groups != 2) {
            throw c.refuseWhole("it has " + whole.groups + " capturing group" + (whole.groups == 1 ? "" : "s")
                + ", and the kernel needs exactly 2 (key, number)");
        }
        if (whole.nullable) {
            throw c.refuseWhole("it can match the empty string, after which Java's find() steps one UTF-16 char"
                + " and may match again at the same place, unlike the regex crate");
        }
        parsed = whole;
        return whole.rust;
    }

    private Fragment alternation() {
        Fragment result = sequence();
        while (c.eat('|')) {
            Fragment branch = sequence();
            result = new Fragment(result.rust + "|" + branch.rust, result.nullable || branch.nullable,
                result.groups + branch.groups).notFlat("it has an alternation (|)");
        }
        return result;
    }

    private Fragment sequence() {
        StringBuilder rust = new StringBuilder();
        boolean nullable = true;
        int groups = 0;
        java.util.List<OnePassProgram.Item> items = new java.util.ArrayList<>();
        String notFlat = null;
        for (int ch = c.peek(); ch != PatternCursor.END && ch != '|' && ch != ')'; ch = c.peek()) {
            Fragment piece = quantified(atom());
            rust.append(piece.rust);
            nullable &= piece.nullable;
            groups += piece.groups;
            if (piece.items == null) {
                notFlat = notFlat != null ? notFlat : piece.notFlat;
            } else {
                items.addAll(piece.items);
            }
        }
        return new Fragment(rust.toString(), nullable, groups, notFlat == null ? items : null, notFlat);
    }

    private Fragment atom() {
        int ch = c.next();
        switch (ch) {
            case '(':
                return group();
            case '[':
                return charClass(JavaCharClass.read(c, caseInsensitive));
            case '.':
                return charClass(DOT);
            case '^':
            case '$':
                throw c.refuse("the anchor " + (char) ch);
            case '*':
            case '+':
            case '?':
            case '{':
                throw c.refuse("a quantifier with nothing before it to repeat");
            case '\\':
                JavaEscape escape = JavaEscape.read(c, false, false);
                return escape.set != null ? charClass(escape.set) : literal(escape.codePoint);
            default:
                return literal(ch);
        }
    }

    private Fragment group() {
        boolean capturing = true;
        int number = 0;
        if (c.eat('?')) {
            int kind = c.next();
            if (kind == ':') {
                capturing = false;
            } else if (kind == '=' || kind == '!') {
                throw c.refuse("the lookahead (?" + (char) kind + "...)");
            } else if (kind == '>') {
                throw c.refuse("the atomic group (?>...)");
            } else if (kind == '<' && (c.peek() == '=' || c.peek() == '!')) {
                throw c.refuse("the lookbehind (?<" + (char) c.next() + "...)");
            } else if (kind == '<') {
                while (c.peek() != '>' && c.peek() != PatternCursor.END) {
                    c.next();
                }
                c.expect('>');
            } else {
                throw c.refuse("an inline flag group, of which only a leading (?i) is supported");
            }
        }
        if (capturing) {
            number = ++groupsOpened;
        }
        Fragment body = alternation();
        c.expect(')');
        Fragment group = new Fragment((capturing ? "(" : "(?:") + body.rust + ")", body.nullable,
            body.groups + (capturing ? 1 : 0));
        if (body.items == null) {
            return group.notFlat(body.notFlat);
        }
        if (capturing && body.groups > 0) {
            return group.notFlat("it nests a capturing group in another");
        }
        java.util.List<OnePassProgram.Item> items = new java.util.ArrayList<>();
        for (OnePassProgram.Item item : body.items) {
            items.add(capturing ? item.inGroup(number) : item);
        }
        return new Fragment(group.rust, group.nullable, group.groups, items, null);
    }

    private Fragment quantified(Fragment atom) {
        int kind = c.peek();
        int repeatMax = -1;
        String rust;
        int min = 1;
        if (kind == '?' || kind == '*' || kind == '+') {
            c.next();
            rust = Character.toString((char) kind);
            min = kind == '+' ? 1 : 0;
        } else if (c.eat('{')) {
            min = count();
            int max = min;
            if (c.eat(',')) {
                max = c.peek() == '}' ? -1 : count();
            }
            c.expect('}');
            rust = "{" + min + (max == min ? "" : "," + (max < 0 ? "" : Integer.toString(max))) + "}";
            repeatMax = max;
        } else {
            return atom;
        }
        if (c.eat('?')) {
            rust += "?";
        } else if (c.eat('+')) {
            throw c.refuse("a possessive quantifier");
        }
        if (c.peek() == '{' || c.peek() == '*' || c.peek() == '+' || c.peek() == '?') {
            c.next();
            throw c.refuse("a quantifier applied to a quantifier");
        }
        // A plain '?' is a two-way branch in both engines; a loop is where they differ, on empty or grouped bodies.
        if (kind != '?' && atom.nullable) {
            throw c.refuse("a repetition of something that can match the empty string, where Java and the regex"
                + " crate stop looping differently");
        }
        if (kind != '?' && atom.groups > 0) {
            throw c.refuse("a capturing group inside a repetition, whose reported text depends on the engine's"
                + " loop bookkeeping");
        }
        Fragment repeated = new Fragment(atom.rust + rust, atom.nullable || min == 0, atom.groups);
        if (rust.endsWith("?") && rust.length() > 1) {
            return repeated.notFlat("it has a lazy quantifier");
        }
        if (atom.items == null || atom.items.size() != 1 || atom.items.get(0).min() != 1 || atom.items.get(0).max() != 1) {
            return repeated.notFlat(atom.items == null ? atom.notFlat : "it repeats a group of several steps");
        }
        if (atom.groups > 0) {
            return repeated.notFlat("it makes a capturing group optional");
        }
        int max = kind == '?' ? 1 : kind == '*' || kind == '+' ? -1 : repeatMax;
        return new Fragment(repeated.rust, repeated.nullable, repeated.groups,
            java.util.List.of(atom.items.get(0).repeated(min, max)), null);
    }

    private int count() {
        long value = 0;
        int digits = 0;
        while (c.peek() >= '0' && c.peek() <= '9') {
            value = Math.min(Integer.MAX_VALUE + 1L, value * 10 + c.next() - '0');
            digits++;
        }
        if (digits == 0 || value > Integer.MAX_VALUE) {
            throw c.refuse("a malformed repetition count");
        }
        return (int) value;
    }

    private Fragment literal(int codePoint) {
        requireNoSurrogate(c, codePoint, codePoint);
        boolean folds = caseInsensitive && codePoint < 128 && Character.isLetter(codePoint);
        CodePointSet set = folds ? CodePointSet.of(codePoint).withAsciiCaseVariants() : CodePointSet.of(codePoint);
        return new Fragment(folds ? set.toRustClass() : CodePointSet.rustLiteral(codePoint), false, 0,
            java.util.List.of(OnePassProgram.Item.once(set)), null);
    }

    /**
     * Java may start a match at the low half of a surrogate pair; only a class that matches that lone half but
     * not the whole pair's code point could then match where the regex crate (which sees code points) cannot.
     */
    private Fragment charClass(CodePointSet set) {
        if (set.intersects(CodePointSet.SURROGATES) && !set.containsAll(SURROGATES_AND_ABOVE)) {
            throw c.refuse("a negated class that leaves out non-BMP characters, where Java can match half of a"
                + " surrogate pair");
        }
        if (set.minus(CodePointSet.SURROGATES).isEmpty()) {
            throw c.refuse("a class that matches no character");
        }
        return new Fragment(set.toRustClass(), false, 0, java.util.List.of(OnePassProgram.Item.once(set)), null);
    }

    /** Surrogates written in a pattern can only match unpaired ones, which UTF-8 text cannot carry. */
    static void requireNoSurrogate(PatternCursor c, int lo, int hi) {
        if (lo <= Character.MAX_SURROGATE && hi >= Character.MIN_SURROGATE) {
            throw c.refuse("a surrogate code point (U+D800..U+DFFF), which only matches unpaired surrogates");
        }
    }
}
