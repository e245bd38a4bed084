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
                flame.set(done.flame());
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
