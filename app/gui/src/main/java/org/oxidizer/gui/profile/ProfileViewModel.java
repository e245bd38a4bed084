package org.oxidizer.gui.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.profile.JfrImporter;
import org.oxidizer.core.profile.Profile;
import org.oxidizer.core.profile.ProfileFiles;
import org.oxidizer.core.report.Figures;
import org.oxidizer.core.target.ProfileResult;
import org.oxidizer.core.target.ProfileSettings;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.StopSignal;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.core.task.TaskHandle;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;

/** Profiles the chosen target with live CPU, RSS and thread series; Stop keeps what was sampled. */
public final class ProfileViewModel implements StepModel {

    public static final List<String> EVENTS = List.of("cpu", "wall", "alloc", "lock", "nativemem");

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final ProfilingService service;
    private final Executor uiThread;
    private final Function<String, Path> runDirs;
    private final StringProperty event = new SimpleStringProperty("cpu");
    private final StringProperty interval = new SimpleStringProperty("");
    private final IntegerProperty durationSeconds = new SimpleIntegerProperty(10);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<ProcSample> samples = FXCollections.observableArrayList();
    private final ObservableList<ProcSample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private StopSignal stop;
    private TaskHandle handle;
    private Consumer<ProfileResult> onProfiled = r -> { };

    /**
     * @param uiThread where live samples are handed to the charts (the FX thread)
     * @param runDirs  a fresh folder for a run whose kind is given ("profile")
     */
    public ProfileViewModel(Workbench workbench, TaskExecutor tasks, ProfilingService service, Executor uiThread,
                            Function<String, Path> runDirs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.service = service;
        this.uiThread = uiThread;
        this.runDirs = runDirs;
        ready.bind(Bindings.createBooleanBinding(() -> workbench.target() != null && workbench.target().canRun(),
            workbench.targetProperty()));
        summary.bind(Bindings.createStringBinding(this::summarize, workbench.targetProperty(), workbench.profileProperty(),
            running));
        workbench.profileProperty().addListener((o, was, now) -> {
            if (!running.get()) {
                samples.setAll(now == null ? List.of() : now.series());
                message.set(now == null ? "" : now.note());
            }
        });
        workbench.targetProperty().addListener((o, was, now) -> error.set(""));
    }

    private String summarize() {
        Target target = workbench.target();
        ProfileResult profile = workbench.profile();
        if (running.get()) {
            return "profiling...";
        }
        if (profile != null) {
            return profile.profile().unit() == org.oxidizer.core.profile.Profile.Unit.BYTES
                ? org.oxidizer.core.report.Figures.bytes(profile.profile().totalSamples()) + " malloc'd, " + profile.event()
                : String.format(Locale.ROOT, "%,d samples, %s", profile.profile().totalSamples(), profile.event());
        }
        if (target == null) {
            return "needs a target";
        }
        return target.canRun() ? "ready to run (F5)" : "opened from a file";
    }

    public StringProperty eventProperty() {
        return event;
    }

    /** Sampling interval as async-profiler reads it ("1ms", "500us"); empty for its default. */
    public StringProperty intervalProperty() {
        return interval;
    }

    public IntegerProperty durationSecondsProperty() {
        return durationSeconds;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The target's /proc samples: live while it runs, then the full series of the finished run. */
    public ObservableList<ProcSample> samples() {
        return samplesView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public void setOnProfiled(Consumer<ProfileResult> listener) {
        this.onProfiled = listener;
    }

    public boolean canStart() {
        return ready.get() && !running.get();
    }

    public void start() {
        if (!canStart()) {
            return;
        }
        Target target = workbench.target();
        String trimmed = interval.get() == null ? "" : interval.get().trim();
        ProfileSettings settings = new ProfileSettings(event.get(), trimmed.isEmpty() ? null : trimmed,
            Math.max(1, durationSeconds.get()));
        Path runDir = runDirs.apply("profile");
        StopSignal signal = new StopSignal();
        this.stop = signal;
        samples.clear();
        error.set("");
        message.set(target.kind() == Target.Kind.ATTACH ? "attaching to JVM " + target.pid() + "..."
            : "launching " + target.name() + "...");
        running.set(true);
        workbench.setTargetState(target.kind() == Target.Kind.ATTACH ? "profiling (attached)" : "running, profiled");
        handle = tasks.execute(BackgroundTask.of("Profiling " + target.name(),
                progress -> service.profile(target, settings, runDir, progress,
                    sample -> uiThread.execute(() -> live(sample)), signal))
            .onSuccess(result -> {
                samples.setAll(result.series());
                message.set(result.note());
                workbench.setTargetState(result.note());
                workbench.profiled(result);
                onProfiled.accept(result);
            })
            .onFailure(e -> {
                error.set(e.getMessage() == null ? e.toString() : e.getMessage());
                workbench.setTargetState("profiling failed");
            })
            .onCancelled(() -> {
                message.set("cancelled; nothing kept");
                workbench.setTargetState("cancelled");
            })
            .onFinished(() -> running.set(false)));
    }

    private void live(ProcSample sample) {
        if (!running.get()) {
            return;
        }
        samples.add(sample);
        message.set(String.format(Locale.ROOT, "%.1f s   CPU %s   RSS %s   %d threads", sample.elapsedMillis() / 1000.0,
            Figures.percent(sample.cpuPercent()), Figures.bytes(sample.rssBytes()), sample.threads()));
    }

    /** Ends profiling early and keeps the samples taken so far. */
    public void stop() {
        if (running.get() && stop != null) {
            message.set("stopping, keeping what was sampled...");
            stop.request();
        }
    }

    /**
     * Opens a profile made elsewhere: async-profiler collapsed stacks, or JFR from async-profiler or the JDK
     * (its CPU samples). The file becomes the target; there is nothing to run.
     */
    public void openFile(Path file) {
        tasks.execute(BackgroundTask.of("Opening " + file.getFileName(), progress -> {
            progress.report("reading " + file.getFileName(), -1);
            Profile profile = ProfileFiles.read(file, JfrImporter.Kind.CPU);
            return new ProfileResult(profile, JfrImporter.looksLikeJfr(file) ? "JFR file" : "collapsed file", List.of(),
                List.of(file), String.format(Locale.ROOT, "opened %s: %,d samples", file, profile.totalSamples()));
        }).onSuccess(result -> {
            workbench.chooseTarget(Target.file(file.getFileName().toString()));
            workbench.profiled(result);
            onProfiled.accept(result);
        }).onFailure(e -> error.set("Could not open " + file.getFileName() + ": " + e.getMessage())));
    }

    /** Ends profiling and throws away what it sampled. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }
}
