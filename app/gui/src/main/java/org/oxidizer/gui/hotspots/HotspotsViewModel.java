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
    private HotspotsAnalysis analysis;

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
        method.addListener((o, was, now) -> {
            if (flameView.get() != FlameView.WHOLE) {
                showFlame();
            }
        });
        analyse(workbench.profile());
    }

    private void analyse(ProfileResult result) {
        analysis = null;
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
                analysis = done;
                categories.setAll(done.categories().shares());
                diagnosis.set(done.categories().diagnosis());
                showFlame();
                showRows();
            })
            .onFailure(e -> summary.set("analysis failed: " + e.getMessage()))
            .onFinished(() -> analysing.set(false)));
    }

    private void showRows() {
        if (analysis == null) {
            return;
        }
        List<HotMethodRow> shown = applicationView.get() ? analysis.application().rows() : analysis.allFrames();
        rows.setAll(shown);
        note.set(applicationView.get() ? String.format(Locale.ROOT, "%.0f%% of samples ran no application code"
            + " (GC, JIT compiler, VM threads): see the categories.", analysis.application().platformOnlyPercent()) : "");
        HotMethodRow top = analysis.application().rows().isEmpty() ? null : analysis.application().rows().get(0);
        summary.set(top == null ? String.format(Locale.ROOT, "%,d samples", workbench.profile().profile().totalSamples())
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
        if (view == FlameView.WHOLE) {
            flameTitle.set("Flame graph");
            flame.set(done.flame());
            return;
        }
        if (chosen == null || chosen.isBlank()) {
            flameTitle.set((view == FlameView.CALLERS ? "Callers" : "Callees") + ": select a method in the table");
            flame.set(null);
            return;
        }
        Profile profile = result.profile();
        tasks.execute(BackgroundTask.of((view == FlameView.CALLERS ? "Callers of " : "Callees of ") + chosen, progress -> {
            String frame = MethodViews.frame(profile, chosen);
            Profile part = view == FlameView.CALLERS ? MethodViews.callers(profile, frame) : MethodViews.callees(profile, frame);
            return new Object[] {frame, part, new org.oxidizer.gui.flame.ProfileFlame(org.oxidizer.core.profile.CallTree.of(part))};
        }).onSuccess(made -> {
            if (workbench.profile() != result || flameView.get() != view || !java.util.Objects.equals(method.get(), chosen)) {
                return;         // the choice changed meanwhile; its own view follows
            }
            Profile part = (Profile) made[1];
            flameTitle.set(String.format(Locale.ROOT, "%s of %s (%,d samples, %.1f%%)", view == FlameView.CALLERS
                ? "Callers (back traces)" : "Callees (merged)", shortMethod((String) made[0]), part.totalSamples(),
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
