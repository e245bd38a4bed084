package org.oxidizer.kernels.text;

import java.util.List;

/**
 * A pattern as the native compiled matcher runs it (kernels/native/src/onepass.rs): a flat sequence of character
 * classes, each repeated between a minimum and a maximum, groups 1 and 2 around runs of them, and no repetition
 * able to give back a character the next step could start with. For such a pattern Java's backtracking
 * {@code find()} never backtracks, so one greedy pass over the UTF-16 text finds what Java finds, groups included.
 * Any other pattern the translation accepts runs on the regex crate instead: correct, not as fast; {@link #refusal()}
 * says why.
 */
final class OnePassProgram {

    /** One step: {@code set} repeated {@code min..max} times ({@code max} -1: no bound), inside group 0 (none), 1 or 2. */
    static final class Item {
        private final CodePointSet set;
        private final int min;
        private final int max;
        private final int group;

        Item(CodePointSet set, int min, int max, int group) {
            this.set = set;
            this.min = min;
            this.max = max;
            this.group = group;
        }

        static Item once(CodePointSet set) {
            return new Item(set, 1, 1, 0);
        }

        Item repeated(int newMin, int newMax) {
            return new Item(set, newMin, newMax, group);
        }

        Item inGroup(int number) {
            return new Item(set, min, max, number);
        }

        CodePointSet set() {
            return set;
        }

        int min() {
            return min;
        }

        int max() {
            return max;
        }

        int group() {
            return group;
        }
    }

    private static final CodePointSet ASCII = CodePointSet.range(0, 0x7F);
    private static final CodePointSet PAST_ASCII = CodePointSet.range(0x80, CodePointSet.MAX);
    private static final CodePointSet LINE_ENDS_PAST_ASCII = CodePointSet.ranges(0x85, 0x85, 0x2028, 0x2029);
    private static final int INTS_PER_ITEM = 8;

    private final int[] program;
    private final String refusal;

    private OnePassProgram(int[] program, String refusal) {
        this.program = program;
        this.refusal = refusal;
    }

    static OnePassProgram refused(String why) {
        return new OnePassProgram(null, why);
    }

    static OnePassProgram of(List<Item> items) {
        for (int g = 1; g <= 2; g++) {
            int group = g;
            if (items.stream().noneMatch(item -> item.group() == group)) {
                return refused("group " + g + " is empty");
            }
        }
        int[] program = new int[1 + INTS_PER_ITEM * items.size()];
        program[0] = items.size();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int pastAscii = pastAscii(item.set());
            if (pastAscii < 0) {
                return refused("a class holds some characters past ASCII but not (nearly) all of them");
            }
            if (pastAscii > 0 && item.group() > 0) {
                return refused("group " + item.group() + " can hold characters past ASCII");
            }
            if (item.min() != item.max() && item.set().intersects(firstOf(items.subList(i + 1, items.size())))) {
                return refused("a repetition can give back a character the next step could start with, so Java may"
                    + " backtrack");
            }
            int at = 1 + INTS_PER_ITEM * i;
            program[at] = item.group();
            program[at + 1] = item.min();
            program[at + 2] = item.max();
            for (int unit = 0; unit < 0x80; unit++) {
                if (item.set().contains(unit)) {
                    program[at + 3 + unit / 32] |= 1 << (unit % 32);
                }
            }
            program[at + 7] = pastAscii;
        }
        return new OnePassProgram(program, null);
    }

    /** 0: no character past ASCII; 1: all of them; 2: all but U+0085 U+2028 U+2029 (Java's '.'); -1: some other part. */
    private static int pastAscii(CodePointSet set) {
        CodePointSet past = set.minus(ASCII);
        if (past.isEmpty()) {
            return 0;
        }
        if (past.containsAll(PAST_ASCII)) {
            return 1;
        }
        return past.equals(PAST_ASCII.minus(LINE_ENDS_PAST_ASCII)) ? 2 : -1;
    }

    /** What a match of {@code items} can start with. */
    private static CodePointSet firstOf(List<Item> items) {
        CodePointSet first = CodePointSet.EMPTY;
        for (Item item : items) {
            first = first.union(item.set());
            if (item.min() > 0) {
                break;
            }
        }
        return first;
    }

    /** Whether the compiled matcher runs this pattern. */
    boolean fast() {
        return program != null;
    }

    /** The program's ints, or null when {@link #fast()} is false. */
    int[] program() {
        return program == null ? null : program.clone();
    }

    /** Why the compiled matcher does not run this pattern, or null when it does. */
    String refusal() {
        return refusal;
    }
}
