package org.oxidizer.gui.profile;

/**
 * How to profile.
 *
 * @param event           cpu, wall, alloc or lock (async-profiler's events)
 * @param interval        e.g. "1ms", or null for async-profiler's default
 * @param durationSeconds how long to profile an attached JVM; a launched one runs to its end
 */
public record ProfileSettings(String event, String interval, int durationSeconds) {
}
