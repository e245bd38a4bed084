package org.oxidizer.core.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Profile files as the CLI and the GUI open them, one way: a JFR recording (async-profiler's or the JDK's) or
 * async-profiler's collapsed stacks, told apart by their first bytes; and the time line of a run's files.
 */
public final class ProfileFiles {

    /** Said when a profile's only file is collapsed stacks. */
    public static final String NO_TIMES = "collapsed stacks carry no timestamps, so this profile has no time line"
        + " (a JFR recording has one: profile.jfr)";

    private ProfileFiles() {
    }

    /** The profile in {@code file}; for a collapsed file {@code kind} is not asked (its samples are what they are). */
    public static Profile read(Path file, JfrImporter.Kind kind) throws IOException, ProfileFormatException {
        return JfrImporter.looksLikeJfr(file) ? new JfrImporter().read(file, kind) : new CollapsedStacksImporter().read(file);
    }

    /** The time line of {@code file}: a JFR recording's events in time, or none (collapsed stacks), saying why. */
    public static Timeline timeline(Path file, JfrImporter.Kind kind) throws IOException, ProfileFormatException {
        if (JfrImporter.looksLikeJfr(file)) {
            return new JfrImporter().timeline(file, kind);
        }
        return Timeline.none(new CollapsedStacksImporter().read(file), NO_TIMES);
    }

    /** The time line of a run's files: its JFR recording if it made one, otherwise none, saying why. */
    public static Timeline timeline(List<Path> files, JfrImporter.Kind kind, Profile fallback)
            throws IOException, ProfileFormatException {
        for (Path f : files) {
            if (java.nio.file.Files.isRegularFile(f) && JfrImporter.looksLikeJfr(f)) {
                return new JfrImporter().timeline(f, kind);
            }
        }
        return Timeline.none(fallback, NO_TIMES);
    }

    /** The JFR samples an async-profiler event name records: cpu, itimer, ctimer -> CPU; wall; alloc; lock; nativemem. */
    public static JfrImporter.Kind kindOf(String event) {
        String e = event == null ? "" : event.toLowerCase(Locale.ROOT);
        return switch (e) {
            case "wall" -> JfrImporter.Kind.WALL;
            case "alloc" -> JfrImporter.Kind.ALLOC;
            case "lock" -> JfrImporter.Kind.LOCK;
            case "nativemem" -> JfrImporter.Kind.NATIVEMEM;
            default -> JfrImporter.Kind.CPU;
        };
    }
}
