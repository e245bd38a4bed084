package org.oxidizer.gui.profile;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.gui.Cards;
import org.oxidizer.gui.Theme;
import org.oxidizer.gui.chart.LiveSeriesChart;
import org.oxidizer.core.target.Target;
import org.oxidizer.gui.model.Workbench;

/** The Profile step: settings and start/stop on the left, live CPU%, RSS and thread charts on the right. */
public final class ProfileView {

    private static final double MIB = 1024.0 * 1024.0;

    private final ProfileViewModel model;
    private final Workbench workbench;
    private final StackPane root = new StackPane();
    private final LiveSeriesChart cpu;
    private final LiveSeriesChart rss;
    private final LiveSeriesChart threads;

    public ProfileView(ProfileViewModel model, Workbench workbench, ObservableValue<Theme> theme, Runnable goToTarget) {
        this.model = model;
        this.workbench = workbench;
        // A sample taken right after the previous one can read a burst of several cores' worth; no process
        // can use more than all of them.
        double ceiling = 100.0 * Runtime.getRuntime().availableProcessors();
        cpu = new LiveSeriesChart("CPU", "% of one core", s -> Math.min(ceiling, s.cpuPercent()), theme, "CPU %");
        rss = new LiveSeriesChart("Resident memory (RSS)", "MiB", s -> s.rssBytes() / MIB, theme, "RSS");
        threads = new LiveSeriesChart("Threads", "threads", ProcSample::threads, theme, "threads");
        createView(goToTarget);
        initListeners();
    }

    public StackPane root() {
        return root;
    }

    private void createView(Runnable goToTarget) {
        Button choose = new Button("Choose a target");
        choose.setOnAction(e -> goToTarget.run());
        VBox needs = Cards.needs("Needs a target", "Choose a bundled sample, a program to launch or a running JVM in"
            + " the Target step; a profile opened from a file has nothing to run.", choose);
        needs.visibleProperty().bind(model.readyProperty().not());

        HBox content = new HBox(12, settings(), charts());
        content.setPadding(new Insets(12));
        content.getStyleClass().add("view");
        content.visibleProperty().bind(model.readyProperty());
        root.getChildren().addAll(content, needs);
        root.getStyleClass().add("view");
    }

    private VBox settings() {
        Label target = new Label();
        target.getStyleClass().add("sample-name");
        target.textProperty().bind(Bindings.createStringBinding(() -> workbench.target() == null ? ""
            : workbench.target().name(), workbench.targetProperty()));
        Label description = Cards.muted("");
        description.textProperty().bind(Bindings.createStringBinding(() -> workbench.target() == null ? ""
            : workbench.target().description(), workbench.targetProperty()));
        description.setMaxWidth(300);

        ComboBox<String> event = new ComboBox<>();
        event.setId("profile-event");
        event.getItems().setAll(ProfileViewModel.EVENTS);
        event.valueProperty().bindBidirectional(model.eventProperty());
        event.setTooltip(new Tooltip("cpu: perf events (itimer where refused); wall: all threads, running or not;"
            + " alloc: allocations; lock: contended locks; nativemem: bytes malloc'd by native code, by stack (Hotspots"
            + " can show what was still held at the end)"));
        TextField interval = new TextField();
        interval.setId("profile-interval");
        interval.setPromptText("default");
        interval.textProperty().bindBidirectional(model.intervalProperty());
        interval.setTooltip(new Tooltip("Sampling interval, e.g. 1ms or 500us; empty for async-profiler's default"));
        Spinner<Integer> duration = new Spinner<>(1, 3600, model.durationSecondsProperty().get());
        duration.setEditable(true);
        duration.valueProperty().addListener((o, was, now) -> model.durationSecondsProperty().set(now));
        duration.disableProperty().bind(Bindings.createBooleanBinding(() -> workbench.target() == null
            || workbench.target().kind() != Target.Kind.ATTACH, workbench.targetProperty()));
        duration.setTooltip(new Tooltip("How long to profile an attached JVM; a launched target is profiled to its end"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Mode"), event);
        form.addRow(1, new Label("Interval"), interval);
        form.addRow(2, new Label("Duration (s)"), duration);
        event.setMaxWidth(Double.MAX_VALUE);
        interval.setMaxWidth(Double.MAX_VALUE);

        Button start = new Button("Start  (F5)");
        start.setId("profile-start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.runningProperty().or(model.readyProperty().not()));
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("profile-stop");
        stop.setTooltip(new Tooltip("End now and keep what was sampled (Shift+F5)"));
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox buttons = new HBox(8, start, stop);

        Label message = new Label();
        message.setId("profile-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        VBox card = Cards.card("Profile", target, description, form, buttons, message, error);
        card.setPrefWidth(320);
        card.setMinWidth(280);
        return card;
    }

    private Node charts() {
        VBox charts = new VBox(8, cpu.viewer(), rss.viewer(), threads.viewer());
        for (Node n : charts.getChildren()) {
            VBox.setVgrow(n, Priority.ALWAYS);
        }
        VBox card = Cards.card("Live", charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }

    private void initListeners() {
        model.samples().addListener((ListChangeListener<ProcSample>) change -> {
            boolean appendedOnly = true;
            while (change.next()) {
                if (change.wasRemoved() || !change.wasAdded() || change.getFrom() == 0) {
                    appendedOnly = false;
                }
            }
            if (appendedOnly) {
                ProcSample last = model.samples().get(model.samples().size() - 1);
                cpu.add(0, last);
                rss.add(0, last);
                threads.add(0, last);
            } else {
                cpu.setAll(0, model.samples());
                rss.setAll(0, model.samples());
                threads.setAll(0, model.samples());
            }
        });
    }
}
