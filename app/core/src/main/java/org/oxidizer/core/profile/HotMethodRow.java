package org.oxidizer.core.profile;

/**
 * One method in the hot-methods table.
 *
 * @param selfPercent share of samples charged to this method itself (in the application view: with the
 *                    JDK and JVM code it called)
 * @param category    regex, GC, ... from the category rules; empty when no rule matches
 */
public record HotMethodRow(String method, double selfPercent, double totalPercent, long selfSamples, long totalSamples,
                           String category) {
}
