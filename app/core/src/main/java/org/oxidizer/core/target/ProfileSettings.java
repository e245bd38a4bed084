package org.oxidizer.core.target;

/**
 * How to profile.
 *
 * @param event           cpu, wall, alloc or lock (async-profiler's events)
 * @param interval        e.g. "1ms", or null for async-profiler's default
 * @param durationSeconds how long to profile an attached JVM, 0 until a stop; a launched one runs to its end
 * @param jfr             also record JFR into {@code profile.jfr}
 */
public record ProfileSettings(String event, String interval, int durationSeconds, boolean jfr) {

    public ProfileSettings(String event, String interval, int durationSeconds) {
        this(event, interval, durationSeconds, true);
    }

    /** CPU samples for the live loop: no JFR, async-profiler's interval. */
    public static ProfileSettings cpu(int seconds) {
        return new ProfileSettings("cpu", null, seconds, false);
    }
}
