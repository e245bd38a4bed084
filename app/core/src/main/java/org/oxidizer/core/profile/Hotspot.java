package org.oxidizer.core.profile;

/**
 * One method in the flat view of a profile.
 *
 * @param selfSamples  samples where it was the running frame
 * @param totalSamples samples where it was anywhere on the stack (counted once per stack)
 */
public record Hotspot(String frame, long selfSamples, long totalSamples, double selfPercent, double totalPercent) {
}
