package org.oxidizer.core.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One woven method in a running target, as its agent counts it.
 *
 * @param mode        observe, shadow, canary or swapped
 * @param calls       all calls since it was woven
 * @param observedNanos time since it was woven
 * @param captureCostNanos time the observed calls spent copying arguments and keeping answers
 * @param capturedJavaNanos time those calls spent in the Java method itself
 * @param captureDone   the capture has all the calls it asked for, or ran out of its memory budget first
 */
public record RouteStatus(String method, String mode, String kernel, boolean woven, long calls, long servedByKernel,
                          long fallbacks, long observedNanos, int captured, int captureMax, boolean captureDone,
                          long captureCostNanos, long capturedJavaNanos, long shadowCompared,
                          long shadowDisagreed, List<String> shadowExamples, Verification verification) {

    public RouteStatus {
        shadowExamples = List.copyOf(shadowExamples);
    }

    /** Calls per second over the time the method has been woven. */
    public double callsPerSecond() {
        return observedNanos > 0 ? calls * 1e9 / observedNanos : 0;
    }

    /** What capturing added to the observed calls, as a share of their own time; NaN before any. */
    public double captureOverhead() {
        return capturedJavaNanos > 0 ? (double) captureCostNanos / capturedJavaNanos : Double.NaN;
    }

    static RouteStatus from(String method, Properties p) {
        List<String> examples = new ArrayList<>();
        for (int i = 0; p.getProperty("shadow.example." + i) != null; i++) {
            examples.add(p.getProperty("shadow.example." + i));
        }
        Properties v = new Properties();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("verification.")) {
                v.setProperty(key.substring("verification.".length()), p.getProperty(key));
            }
        }
        return new RouteStatus(method, p.getProperty("mode"), p.getProperty("kernel"),
            Boolean.parseBoolean(p.getProperty("woven")), Facts.number(p, "calls"), Facts.number(p, "servedByKernel"),
            Facts.number(p, "fallbacks"), Facts.number(p, "observedNanos"), Facts.integer(p, "captured"),
            Facts.integer(p, "captureMax"), Boolean.parseBoolean(p.getProperty("captureDone")),
            Facts.number(p, "captureCostNanos"), Facts.number(p, "capturedJavaNanos"), Facts.number(p, "shadow.compared"), Facts.number(p, "shadow.disagreed"),
            examples, v.getProperty("calls") == null ? null : Verification.from(method, v));
    }
}
