package org.oxidizer.gui.target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.samples.BundledSamples;
import org.oxidizer.core.target.LocalJvm;
import org.oxidizer.core.target.LocalJvms;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.target.TargetSpec;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Words;
import org.oxidizer.gui.model.Workbench;

/** Chooses what to profile: a bundled sample, a program to launch, a running JVM, or a recent target. */
public final class TargetViewModel implements StepModel {

    /** A bundled sample as the list shows it. */
    public record Sample(String name, String description) {
    }

    /** Corpus sizes offered for the headline sample; the first run should take seconds, not minutes. */
    public static final List<Integer> SAMPLE_SIZES = List.of(200_000, 1_000_000, 4_000_000, BundledSamples.DEFAULT_TEXTS);
    public static final int DEFAULT_SAMPLE_SIZE = 1_000_000;
    private static final long SAMPLE_SEED = 42;
    private static final List<String> SAMPLE_JVM_OPTIONS = List.of("-Xmx1g");

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final Supplier<List<LocalJvm>> jvmLister;
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Sample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final IntegerProperty sampleSize = new SimpleIntegerProperty(DEFAULT_SAMPLE_SIZE);
    private final BooleanProperty launchJar = new SimpleBooleanProperty(true);
    private final StringProperty jar = new SimpleStringProperty("");
    private final StringProperty mainClass = new SimpleStringProperty("");
    private final StringProperty classpath = new SimpleStringProperty("");
    private final StringProperty programArgs = new SimpleStringProperty("");
    private final StringProperty jvmOptions = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper launchError = new ReadOnlyStringWrapper("");
    private final ObservableList<LocalJvm> jvms = FXCollections.observableArrayList();
    private final ObservableList<LocalJvm> jvmsView = FXCollections.unmodifiableObservableList(jvms);
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper jvmsMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<Target> recent = FXCollections.observableArrayList();
    private final ObservableList<Target> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(true);
    private Consumer<Target> onChosen = c -> { };

    public TargetViewModel(Workbench workbench, TaskExecutor tasks) {
        this(workbench, tasks, LocalJvms::list);
    }

    TargetViewModel(Workbench workbench, TaskExecutor tasks, Supplier<List<LocalJvm>> jvmLister) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.jvmLister = jvmLister;
        samples.add(new Sample(BundledSamples.HEADLINE, "A day of mixed Chinese/English log lines read from"
            + " disk file by file: regex word/number extraction, per-text HashMap totals, daily totals. Its chain over a"
            + " file has a Rust kernel."));
        summary.bind(Bindings.createStringBinding(() -> workbench.target() == null ? "choose what to profile"
            : workbench.target().name(), workbench.targetProperty()));
    }

    public ObservableList<Sample> samples() {
        return samplesView;
    }

    /** Log lines in the headline sample's corpus. */
    public IntegerProperty sampleSizeProperty() {
        return sampleSize;
    }

    public BooleanProperty launchJarProperty() {
        return launchJar;
    }

    public StringProperty jarProperty() {
        return jar;
    }

    public StringProperty mainClassProperty() {
        return mainClass;
    }

    public StringProperty classpathProperty() {
        return classpath;
    }

    public StringProperty programArgsProperty() {
        return programArgs;
    }

    public StringProperty jvmOptionsProperty() {
        return jvmOptions;
    }

    public ReadOnlyStringProperty launchErrorProperty() {
        return launchError.getReadOnlyProperty();
    }

    public ObservableList<LocalJvm> jvms() {
        return jvmsView;
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jvmsMessageProperty() {
        return jvmsMessage.getReadOnlyProperty();
    }

    public ObservableList<Target> recent() {
        return recentView;
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Called with every target chosen here, e.g. to move on to the Profile step. */
    public void setOnChosen(Consumer<Target> listener) {
        this.onChosen = listener;
    }

    public void setRecent(List<Target> targets) {
        recent.setAll(targets);
    }

    public void chooseSample(Sample sample) {
        if (!sample.name().equals(BundledSamples.HEADLINE)) {
            throw new IllegalArgumentException("no bundled sample " + sample.name());
        }
        choose(Target.sample(BundledSamples.headline(sampleSize.get(), SAMPLE_SEED, SAMPLE_JVM_OPTIONS)));
    }

    /** Launches what the form describes; on a mistake, says what is wrong and chooses nothing. */
    public void chooseLaunch() {
        TargetSpec spec;
        try {
            spec = TargetSpec.program(launchJar.get() ? null : mainClass.get(),
                launchJar.get() ? (jar.get().isBlank() ? null : Path.of(jar.get().trim())) : null,
                TargetSpec.classpath(classpath.get()));
        } catch (IllegalArgumentException e) {
            launchError.set(launchJar.get() && jar.get().isBlank() ? "Give the jar to launch." : e.getMessage());
            return;
        }
        launchError.set("");
        choose(Target.launch(spec.withProgramArgs(Words.split(programArgs.get())).withJvmOptions(Words.split(jvmOptions.get()))));
    }

    public void chooseJvm(LocalJvm jvm) {
        choose(Target.attach(jvm.pid(), jvm.mainClass()));
    }

    public void chooseRecent(Target target) {
        choose(target);
    }

    /** Lists the running JVMs in the background: the attach API can take a moment per JVM. */
    public void refreshJvms() {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        jvmsMessage.set("looking for JVMs...");
        tasks.execute(BackgroundTask.of("Listing running JVMs", progress -> jvmLister.get())
            .onSuccess(found -> {
                jvms.setAll(found);
                jvmsMessage.set(found.isEmpty() ? "No other JVM of this user is running." : found.size() + " JVMs");
            })
            .onFailure(e -> jvmsMessage.set("Could not list JVMs: " + e.getMessage()))
            .onFinished(() -> refreshing.set(false)));
    }

    private void choose(Target choice) {
        workbench.chooseTarget(choice);
        onChosen.accept(choice);
    }
}
