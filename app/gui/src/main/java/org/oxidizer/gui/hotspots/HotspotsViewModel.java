package org.oxidizer.gui.hotspots;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.core.profile.MethodViews;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.flame.FlameData;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;

/** The hot methods, categories and flame graph of the workbench's profile. */
public final class HotspotsViewModel implements StepModel {

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final ObservableList<HotMethodRow> rows = FXCollections.observableArrayList();
    private final FilteredList<HotMethodRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty applicationView = new SimpleBooleanProperty(true);
    private final DoubleProperty threshold = new SimpleDoubleProperty(5);
    private final ReadOnlyStringWrapper diagnosis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ObservableList<CategoryBreakdown.Share> categories = FXCollections.observableArrayList();
    private final ObservableList<CategoryBreakdown.Share> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ReadOnlyObjectWrapper<FlameData> flame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("needs a profile");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ObjectProperty<FlameView> flameView = new javafx.beans.property.SimpleObjectProperty<>(FlameView.WHOLE);
    private final StringProperty method = new SimpleStringProperty();
    private final ReadOnlyStringWrapper flameTitle = new ReadOnlyStringWrapper("Flame graph");

    /** What the flame graph draws: the whole profile, or the selected method's back traces or merged callees. */
    public enum FlameView { WHOLE, CALLERS, CALLEES }

    /** A range of the recording, nanoseconds since it began. */
    public record Range(long fromNanos, long toNanos) {

        public Range {
            if (toNanos < fromNanos) {
                long t = fromNanos;
                fromNanos = toNanos;
                toNanos = t;
            }
        }

        /** "4.0–10.0 s" */
        public String label() {
            return String.format(Locale.ROOT, "%.1f–%.1f s", fromNanos / 1e9, toNanos / 1e9);
        }
    }

    private final ReadOnlyObjectWrapper<org.oxidizer.core.profile.Timeline> timeline = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty heldAtEnd = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper nativeMemory = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("samples");
    private final ReadOnlyStringWrapper timelineNote = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ObjectProperty<Range> firstRange = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<Range> secondRange = new javafx.beans.property.SimpleObjectProperty<>();
    /** The analysis of the whole profile; {@link #analysis} is this or the first range's. */
    private HotspotsAnalysis whole;
    private HotspotsAnalysis analysis;
    /** The profile the rows and flame graph show: the whole one or the first range's. */
    private Profile shown;

    public HotspotsViewModel(Workbench workbench, TaskExecutor tasks) {
        this.workbench = workbench;
        this.tasks = tasks;
        ready.bind(workbench.profileProperty().isNotNull());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
            return text.isEmpty() ? r -> true : r -> r.method().toLowerCase(Locale.ROOT).contains(text)
                || r.category().toLowerCase(Locale.ROOT).contains(text);
        }, filter));
        applicationView.addListener((o, was, now) -> showRows());
        workbench.profileProperty().addListener((o, was, now) -> analyse(now));
        flameView.addListener((o, was, now) -> showFlame());
        firstRange.addListener((o, was, now) -> showRange());
        heldAtEnd.addListener((o, was, now) -> showRange());
        secondRange.addListener((o, was, now) -> showFlame());
        method.addListener((o, was, now) -> {
            if (flameView.get() != FlameView.WHOLE) {
                showFlame();
            }
        });
        analyse(workbench.profile());
    }

    private void analyse(ProfileResult result) {
        analysis = null;
        whole = null;
        shown = null;
        timeline.set(null);
        timelineNote.set("");
        nativeMemory.set(result != null && result.profile().unit() == Profile.Unit.BYTES);
        unit.set(result == null ? "samples" : result.profile().unit().word());
        heldAtEnd.set(false);
        firstRange.set(null);
        secondRange.set(null);
        rows.clear();
        categories.clear();
        flame.set(null);
        diagnosis.set("");
        note.set("");
        if (result == null) {
            summary.set("needs a profile");
            return;
        }
        analysing.set(true);
        summary.set("analysing...");
        tasks.execute(BackgroundTask.of("Analysing " + result.profile().source(), progress -> HotspotsAnalysis.of(result.profile()))
            .onSuccess(done -> {
                if (workbench.profile() != result) {
                    return;         // a newer profile arrived meanwhile; its own analysis follows
                }
                whole = done;
                shown = result.profile();
                show(done);
                readTimeline(result);
            })
            .onFailure(e -> summary.set("analysis failed: " + e.getMessage()))
            .onFinished(() -> analysing.set(false)));
    }

    private void show(HotspotsAnalysis done) {
        analysis = done;
        categories.setAll(done.categories().shares());
        diagnosis.set(done.categories().diagnosis());
        showFlame();
        showRows();
    }

    /** The run's JFR recording in time, read after the hot methods are shown; without one, the note says why. */
    private void readTimeline(ProfileResult result) {
        timelineNote.set("reading the time line...");
        tasks.execute(BackgroundTask.of("Time line of " + result.profile().source(), progress ->
                org.oxidizer.core.profile.ProfileFiles.timeline(result.files(),
                    org.oxidizer.core.profile.ProfileFiles.kindOf(result.event()), result.profile()))
            .onSuccess(line -> {
                if (workbench.profile() != result) {
                    return;
                }
                timeline.set(line);
                timelineNote.set(line.hasTimes() ? String.format(Locale.ROOT, "%.1f s, %,d %s. Drag to see a range;"
                    + " shift-drag a second range to compare the two.", line.durationNanos() / 1e9, line.whole().totalSamples(),
                    line.whole().unit().word()) : "No time line: " + line.whyNone() + ".");
            })
            .onFailure(e -> timelineNote.set("No time line: " + e.getMessage())));
    }

    /** The first range's hot methods and flame graph, or the whole profile's when there is no range. */
    private void showRange() {
        org.oxidizer.core.profile.Timeline line = timeline.get();
        Range range = firstRange.get();
        if (heldAtEnd.get() && nativeMemory.get()) {
            showHeld();
            return;
        }
        if (range == null || line == null || !line.hasTimes()) {
            secondRange.set(null);
            if (whole != null) {
                shown = workbench.profile().profile();
                show(whole);
            }
            return;
        }
        tasks.execute(BackgroundTask.of("Range " + range.label(), progress -> {
            Profile part = line.between(range.fromNanos(), range.toNanos());
            return new Object[] {part, HotspotsAnalysis.of(part)};
        }).onSuccess(made -> {
            if (timeline.get() != line || !range.equals(firstRange.get())) {
                return;         // the choice changed meanwhile
            }
            shown = (Profile) made[0];
            show((HotspotsAnalysis) made[1]);
        }));
    }

    /**
     * A native-memory profile's bytes still held when the recording ended (malloc'd, never freed), by stack: where a
     * kernel that leaks shows its Rust frames.
     */
    private void showHeld() {
        ProfileResult result = workbench.profile();
        tasks.execute(BackgroundTask.of("Bytes still held at the end", progress -> {
            java.util.Optional<java.nio.file.Path> jfr = org.oxidizer.core.profile.ProfileFiles.recording(result.files());
            if (jfr.isEmpty()) {
                return null;
            }
            Profile held = new org.oxidizer.core.profile.JfrImporter().read(jfr.get(), org.oxidizer.core.profile.JfrImporter.Kind.LEAKS);
            return new Object[] {held, HotspotsAnalysis.of(held)};
        }).onSuccess(made -> {
            if (workbench.profile() != result || !heldAtEnd.get()) {
                return;
            }
            if (made == null) {
                summary.set("bytes still held need the JFR recording, which this profile has not");
                return;
            }
            shown = (Profile) made[0];
            show((HotspotsAnalysis) made[1]);
            flameTitle.set("Still held at the end: " + org.oxidizer.core.report.Figures.bytes(shown.totalSamples())
                + " malloc'd and never freed, by stack");
        }).onFailure(e -> summary.set("could not read the bytes still held: " + e.getMessage())));
    }

    /** For a native-memory profile: show the bytes still held at the end instead of all bytes malloc'd. */
    public BooleanProperty heldAtEndProperty() {
        return heldAtEnd;
    }

    /** Whether the profile weighs native memory (bytes), so the still-held view applies. */
    public ReadOnlyBooleanProperty nativeMemoryProperty() {
        return nativeMemory.getReadOnlyProperty();
    }

    /** "samples" or "bytes": what the rows' counts are. */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** The recording in time, null until read (and for no profile). */
    public ReadOnlyObjectProperty<org.oxidizer.core.profile.Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** "31.0 s, 3,412 samples. Drag to see a range...", or why there is no time line. */
    public ReadOnlyStringProperty timelineNoteProperty() {
        return timelineNote.getReadOnlyProperty();
    }

    /** The range the hot methods and flame graph show; null for the whole recording. */
    public javafx.beans.property.ObjectProperty<Range> firstRangeProperty() {
        return firstRange;
    }

    /** A second range: the flame graph shows the difference from the first to it. */
    public javafx.beans.property.ObjectProperty<Range> secondRangeProperty() {
        return secondRange;
    }

    /** The recording's first named moment (a live swap), or null. */
    public org.oxidizer.core.profile.Timeline.Mark swapMark() {
        org.oxidizer.core.profile.Timeline line = timeline.get();
        return line == null || line.marks().isEmpty() ? null : line.marks().get(0);
    }

    /** Before the swap against after it: the two ranges the recording's mark divides it into. */
    public void compareAroundSwap() {
        org.oxidizer.core.profile.Timeline.Mark mark = swapMark();
        if (mark != null) {
            secondRange.set(null);
            firstRange.set(new Range(0, mark.atNanos()));
            secondRange.set(new Range(mark.atNanos(), timeline.get().durationNanos()));
        }
    }

    /** Back to the whole recording. */
    public void clearRanges() {
        secondRange.set(null);
        firstRange.set(null);
    }

    private void showRows() {
        if (analysis == null) {
            return;
        }
        rows.setAll(applicationView.get() ? analysis.application().rows() : analysis.allFrames());
        String without = shown.unit() == Profile.Unit.BYTES ? "%.0f%% of the bytes were malloc'd with no application method on"
            + " the stack (JIT compiler, GC, VM, the profiler): see the categories." : "%.0f%% of samples ran no application code"
            + " (GC, JIT compiler, VM threads): see the categories.";
        note.set(applicationView.get() ? String.format(Locale.ROOT, without, analysis.application().platformOnlyPercent()) : "");
        HotMethodRow top = analysis.application().rows().isEmpty() ? null : analysis.application().rows().get(0);
        summary.set(top == null ? String.format(Locale.ROOT, "%,d %s", shown.totalSamples(), shown.unit().word())
            : String.format(Locale.ROOT, "%s %.0f%%", shortMethod(top.method()), top.selfPercent()));
    }

    static String shortMethod(String method) {
        int dot = method.lastIndexOf('.');
        return dot < 0 ? method : method.substring(dot + 1);
    }

    /** Rows after the filter; the view sorts them. */
    public ObservableList<HotMethodRow> rows() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** True: charge JDK and JVM time to the application method that called it; false: every frame for itself. */
    public BooleanProperty applicationViewProperty() {
        return applicationView;
    }

    /** Rows at or above this self share (in percent) are highlighted. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public boolean isHot(HotMethodRow row) {
        return row.selfPercent() >= threshold.get();
    }

    public ReadOnlyStringProperty diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObservableList<CategoryBreakdown.Share> categories() {
        return categoriesView;
    }

    public ReadOnlyObjectProperty<FlameData> flameProperty() {
        return flame.getReadOnlyProperty();
    }

    /** The flame graph's view; back traces and merged callees are of {@link #methodProperty()}. */
    public javafx.beans.property.ObjectProperty<FlameView> flameViewProperty() {
        return flameView;
    }

    /** The method the table has selected (its frame, or a part of it). */
    public StringProperty methodProperty() {
        return method;
    }

    /** "Flame graph", "Callers of Foo.bar (412 samples, 38.2%)", or why there is nothing to draw. */
    public ReadOnlyStringProperty flameTitleProperty() {
        return flameTitle.getReadOnlyProperty();
    }

    private void showFlame() {
        HotspotsAnalysis done = analysis;
        ProfileResult result = workbench.profile();
        if (done == null || result == null) {
            return;
        }
        FlameView view = flameView.get();
        String chosen = method.get();
        Range first = firstRange.get();
        Range second = secondRange.get();
        org.oxidizer.core.profile.Timeline line = timeline.get();
        if (view == FlameView.WHOLE && first != null && second != null && line != null) {
            flameTitle.set("Differential: " + first.label() + " → " + second.label() + " (reading...)");
            tasks.execute(BackgroundTask.of("Difference of two ranges", progress -> new org.oxidizer.gui.flame.DiffFlame(
                    org.oxidizer.core.profile.ProfileDiff.tree(line.between(first.fromNanos(), first.toNanos()),
                        line.between(second.fromNanos(), second.toNanos()))))
                .onSuccess(diff -> {
                    if (timeline.get() != line || !first.equals(firstRange.get()) || !second.equals(secondRange.get())
                            || flameView.get() != FlameView.WHOLE) {
                        return;
                    }
                    flameTitle.set("Differential: " + first.label() + " → " + second.label()
                        + " (red grew, blue shrank; width is the mean share)");
                    flame.set(diff);
                }));
            return;
        }
        if (view == FlameView.WHOLE) {
            flameTitle.set(first == null ? "Flame graph" : "Range " + first.label());
            flame.set(done.flame());
            return;
        }
        if (chosen == null || chosen.isBlank()) {
            flameTitle.set((view == FlameView.CALLERS ? "Callers" : "Callees") + ": select a method in the table");
            flame.set(null);
            return;
        }
        Profile profile = shown;
        tasks.execute(BackgroundTask.of((view == FlameView.CALLERS ? "Callers of " : "Callees of ") + chosen, progress -> {
            String frame = MethodViews.frame(profile, chosen);
            Profile part = view == FlameView.CALLERS ? MethodViews.callers(profile, frame) : MethodViews.callees(profile, frame);
            return new Object[] {frame, part, new org.oxidizer.gui.flame.ProfileFlame(org.oxidizer.core.profile.CallTree.of(part))};
        }).onSuccess(made -> {
            if (workbench.profile() != result || flameView.get() != view || !java.util.Objects.equals(method.get(), chosen)) {
                return;         // the choice changed meanwhile; its own view follows
            }
            Profile part = (Profile) made[1];
            flameTitle.set(String.format(Locale.ROOT, "%s of %s (%,d %s, %.1f%%)", view == FlameView.CALLERS
                ? "Callers (back traces)" : "Callees (merged)", shortMethod((String) made[0]), part.totalSamples(), part.unit().word(),
                100.0 * part.totalSamples() / Math.max(1, profile.totalSamples())));
            flame.set((FlameData) made[2]);
        }).onFailure(e -> {
            flameTitle.set(e.getMessage());
            flame.set(null);
        }));
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
