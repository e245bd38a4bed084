package org.oxidizer.kernels.text;

/**
 * One java.util.regex escape, read after its backslash the way {@code Pattern.escape} reads it: either a
 * code point or one of Java's predefined classes, with Java's ASCII meaning (the regex crate's are Unicode).
 */
final class JavaEscape {

    static final CodePointSet DIGIT = CodePointSet.range('0', '9');
    static final CodePointSet WORD = CodePointSet.ranges('a', 'z', 'A', 'Z', '_', '_', '0', '9');
    static final CodePointSet SPACE = CodePointSet.ranges(' ', ' ', '\t', '\r');
    static final CodePointSet HORIZONTAL_SPACE = CodePointSet.ranges('\t', '\t', ' ', ' ', 0xA0, 0xA0,
        0x1680, 0x1680, 0x180E, 0x180E, 0x2000, 0x200A, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000);
    static final CodePointSet VERTICAL_SPACE = CodePointSet.ranges(0x0A, 0x0D, 0x85, 0x85, 0x2028, 0x2029);

    /** The code point, or -1 when the escape is a class. */
    final int codePoint;
    /** The class, or null when the escape is a code point. */
    final CodePointSet set;

    private JavaEscape(int codePoint, CodePointSet set) {
        this.codePoint = codePoint;
        this.set = set;
    }

    /**
     * @param inClass inside [...], where Java reads \1..\9, \b and the anchors as errors
     * @param rangeStart a '-' follows the escape letter: Java then reads \v as VT (0x0B), not as a class
     */
    static JavaEscape read(PatternCursor c, boolean inClass, boolean rangeStart) {
        int ch = c.next();
        switch (ch) {
            case '0': return single(octal(c));
            case 'a': return single(0x07);
            case 'e': return single(0x1B);
            case 'f': return single('\f');
            case 'n': return single('\n');
            case 'r': return single('\r');
            case 't': return single('\t');
            case 'c': return control(c);
            case 'x': return single(hex(c));
            case 'u': return single(unicode(c));
            case 'd': return new JavaEscape(-1, DIGIT);
            case 'D': return new JavaEscape(-1, DIGIT.complement());
            case 'w': return new JavaEscape(-1, WORD);
            case 'W': return new JavaEscape(-1, WORD.complement());
            case 's': return new JavaEscape(-1, SPACE);
            case 'S': return new JavaEscape(-1, SPACE.complement());
            case 'h': return new JavaEscape(-1, HORIZONTAL_SPACE);
            case 'H': return new JavaEscape(-1, HORIZONTAL_SPACE.complement());
            case 'v': return rangeStart ? single(0x0B) : new JavaEscape(-1, VERTICAL_SPACE);
            case 'V': return new JavaEscape(-1, VERTICAL_SPACE.complement());
            case 'b': case 'B':
                throw c.refuse("the word boundary \\" + (char) ch + ", which Java decides with Unicode letters");
            case 'A': case 'G': case 'Z': case 'z':
                throw c.refuse("the anchor \\" + (char) ch);
            case 'p': case 'P':
                throw c.refuse("the Unicode property class \\" + (char) ch);
            case 'k':
                throw c.refuse("the named backreference \\k<...>");
            case 'Q':
                throw c.refuse("quoting with \\Q...\\E (escape each character instead)");
            case 'R': case 'X': case 'N':
                throw c.refuse("the escape \\" + (char) ch + ", which has no counterpart in the regex crate");
            case PatternCursor.END:
                throw c.refuse("a trailing backslash");
            default:
                if (ch >= '1' && ch <= '9') {
                    throw c.refuse("the backreference \\" + (char) ch);
                }
                if (ch < 128 && Character.isLetter(ch)) {
                    throw c.refuse("the escape \\" + (char) ch + ", which java.util.regex does not define");
                }
                // Java reads a backslash before any other character as that character.
                return single(ch);
        }
    }

    private static JavaEscape single(int codePoint) {
        return new JavaEscape(codePoint, null);
    }

    /** Java's {@code o()}: 1 to 3 octal digits, the third only when the first is 0-3. */
    private static int octal(PatternCursor c) {
        int n = octalDigit(c.peek());
        if (n < 0) {
            throw c.refuse("a malformed octal escape");
        }
        c.next();
        int m = octalDigit(c.peek());
        if (m < 0) {
            return n;
        }
        c.next();
        int o = octalDigit(c.peek());
        if (o < 0 || n > 3) {
            return n * 8 + m;
        }
        c.next();
        return n * 64 + m * 8 + o;
    }

    private static int octalDigit(int ch) {
        return ch >= '0' && ch <= '7' ? ch - '0' : -1;
    }

    private static JavaEscape control(PatternCursor c) {
        if (c.atEnd()) {
            throw c.refuse("a malformed control escape");
        }
        return single(c.next() ^ 64);
    }

    /** Java's {@code x()}: two hex digits or {h...h}. */
    private static int hex(PatternCursor c) {
        if (c.eat('{')) {
            int value = 0;
            int digits = 0;
            while (hexDigit(c.peek()) >= 0) {
                value = value * 16 + hexDigit(c.next());
                if (value > CodePointSet.MAX) {
                    throw c.refuse("a hexadecimal escape past U+10FFFF");
                }
                digits++;
            }
            c.expect('}');
            if (digits == 0) {
                throw c.refuse("an empty hexadecimal escape");
            }
            return value;
        }
        int hi = hexDigit(c.next());
        int lo = hexDigit(c.next());
        if (hi < 0 || lo < 0) {
            throw c.refuse("a malformed hexadecimal escape");
        }
        return hi * 16 + lo;
    }

    /** Java's {@code u()}: four hex digits; a high surrogate followed by a \\u low surrogate makes one code point. */
    private static int unicode(PatternCursor c) {
        int n = fourHexDigits(c);
        if (Character.isHighSurrogate((char) n) && c.peek() == '\\' && c.peek(1) == 'u') {
            boolean lowFollows = true;
            int low = 0;
            for (int i = 0; i < 4; i++) {
                int d = hexDigit(c.peek(2 + i));
                lowFollows &= d >= 0;
                low = low * 16 + Math.max(d, 0);
            }
            if (lowFollows && Character.isLowSurrogate((char) low)) {
                c.next();
                c.next();
                fourHexDigits(c);
                return Character.toCodePoint((char) n, (char) low);
            }
        }
        return n;
    }

    private static int fourHexDigits(PatternCursor c) {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(c.next());
            if (d < 0) {
                throw c.refuse("a malformed \\u escape");
            }
            n = n * 16 + d;
        }
        return n;
    }

    private static int hexDigit(int ch) {
        return ch >= 0 && ch < 128 ? Character.digit(ch, 16) : -1;
    }
}
