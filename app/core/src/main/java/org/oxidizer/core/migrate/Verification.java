package org.oxidizer.core.migrate;

import java.util.Properties;

/**
 * A kernel replayed on captured real calls of a Java method, compared answer by answer.
 *
 * @param javaNanos      time the Java method took on those calls, live in the target
 * @param kernelNanos    time the kernel took on the same inputs, marshalling included
 * @param crossingNanos  median time of the kernel's cheapest call: the boundary cost per call
 * @param mismatch       the first differing call, or null
 */
public record Verification(String method, String kernel, String parameters, String tolerance, int calls,
                           int identical, boolean passed, long javaNanos, long kernelNanos, long crossingNanos,
                           Mismatch mismatch) {

    /** The first captured call where kernel and Java disagree, side by side. */
    public record Mismatch(int call, String where, String input, String javaOutput, String kernelOutput) {
    }

    /** The kernel's speedup on the captured inputs (Java time / kernel time), or NaN without calls. */
    public double speedup() {
        return kernelNanos > 0 && javaNanos > 0 ? (double) javaNanos / kernelNanos : Double.NaN;
    }

    static Verification from(String method, Properties p) {
        Mismatch mismatch = p.getProperty("mismatch.where") == null ? null : new Mismatch(
            Integer.parseInt(p.getProperty("mismatch.call", "0")), p.getProperty("mismatch.where"),
            p.getProperty("mismatch.input"), p.getProperty("mismatch.java"), p.getProperty("mismatch.kernel"));
        return new Verification(method, p.getProperty("kernel"), p.getProperty("parameters", "{}"),
            p.getProperty("tolerance", ""), Facts.integer(p, "calls"), Facts.integer(p, "identical"),
            Boolean.parseBoolean(p.getProperty("passed")), Facts.number(p, "javaNanos"), Facts.number(p, "kernelNanos"),
            Facts.number(p, "crossingNanos"), mismatch);
    }
}
