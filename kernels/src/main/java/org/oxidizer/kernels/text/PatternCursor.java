package org.oxidizer.kernels.text;

import org.oxidizer.kernels.catalog.UnsupportedBindingException;

/** Reads a java.util.regex pattern code point by code point, as Java's parser does, and words refusals. */
final class PatternCursor {

    /** What {@link #peek()} returns past the end; never a code point. */
    static final int END = -1;

    private final String pattern;
    private final int[] points;
    private int at;

    PatternCursor(String pattern) {
        this.pattern = pattern;
        this.points = pattern.codePoints().toArray();
    }

    boolean atEnd() {
        return at >= points.length;
    }

    int peek() {
        return peek(0);
    }

    int peek(int ahead) {
        int i = at + ahead;
        return i < points.length ? points[i] : END;
    }

    int next() {
        int c = peek();
        if (c != END) {
            at++;
        }
        return c;
    }

    boolean eat(int c) {
        if (peek() != c) {
            return false;
        }
        at++;
        return true;
    }

    /** Code points read so far. */
    int position() {
        return at;
    }

    /** Consumes {@code expected} or refuses; only reached on patterns Java would not compile either. */
    void expect(int expected) {
        if (!eat(expected)) {
            throw refuse("a malformed construct where '" + Character.toString(expected) + "' was expected");
        }
    }

    /**
     * The refusal of the construct just read, e.g. "backreferences (\1)", as one sentence naming the pattern,
     * the feature and where it starts.
     */
    UnsupportedBindingException refuse(String feature) {
        int index = pattern.offsetByCodePoints(0, Math.max(0, at - 1));
        return new UnsupportedBindingException("The native kernel cannot run pattern \"" + pattern + "\" exactly: it uses "
            + feature + " (near index " + index + ")");
    }

    /** A refusal about the pattern as a whole, e.g. its number of groups. */
    UnsupportedBindingException refuseWhole(String reason) {
        return new UnsupportedBindingException("The native kernel cannot run pattern \"" + pattern + "\" exactly: "
            + reason);
    }
}
