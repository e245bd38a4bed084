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
            return new JfrImporter().timeline(file, kind).withMarksAt(readMarks(file));
        }
        return Timeline.none(new CollapsedStacksImporter().read(file), NO_TIMES);
    }

    /** The time line of a run's files: its JFR recording if it made one, otherwise none, saying why. */
    public static Timeline timeline(List<Path> files, JfrImporter.Kind kind, Profile fallback)
            throws IOException, ProfileFormatException {
        java.util.Optional<Path> jfr = recording(files);
        return jfr.isPresent() ? timeline(jfr.get(), kind) : Timeline.none(fallback, NO_TIMES);
    }

    /** The JFR recording among a run's files, if it made one. */
    public static java.util.Optional<Path> recording(List<Path> files) throws IOException {
        for (Path f : files) {
            if (java.nio.file.Files.isRegularFile(f) && JfrImporter.looksLikeJfr(f)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** Where the named moments of a recording lie: beside it, {@code profile.jfr.marks}. */
    public static Path marksFile(Path jfr) {
        return jfr.resolveSibling(jfr.getFileName() + ".marks");
    }

    /**
     * Writes the moments of a recording beside it (one per line: nanoseconds since 1970, a tab, the label), whole or
     * not at all: written to a temporary file first and moved into place.
     */
    public static void writeMarks(Path jfr, List<Timeline.Mark> epochMarks) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Timeline.Mark m : epochMarks) {
            text.append(m.atNanos()).append('\t').append(m.label().replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        Path target = marksFile(jfr);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        java.nio.file.Files.writeString(temp, text, java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The moments written beside a recording; none when there is no such file, lines that do not parse are skipped. */
    public static List<Timeline.Mark> readMarks(Path jfr) throws IOException {
        Path file = marksFile(jfr);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return List.of();
        }
        List<Timeline.Mark> marks = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            try {
                marks.add(new Timeline.Mark(Long.parseLong(line.substring(0, Math.max(0, tab))), line.substring(tab + 1)));
            } catch (NumberFormatException e) {
                // a line someone edited by hand: the others still stand
            }
        }
        return marks;
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
