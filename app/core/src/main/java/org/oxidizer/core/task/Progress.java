package org.oxidizer.core.task;

/** Where long work reports how far it got; the CLI draws a bar, the GUI a progress property. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (step, fraction) -> { };

    /**
     * @param step     what is happening, in a few words a person can read
     * @param fraction 0..1, or a negative number when the end cannot be known yet
     */
    void report(String step, double fraction);

    /** A view of this progress that maps 0..1 into the range [from, to] of the whole task. */
    default Progress slice(double from, double to) {
        return (step, fraction) -> report(step, fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction));
    }
}
