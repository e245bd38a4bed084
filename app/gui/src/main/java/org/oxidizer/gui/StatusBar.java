package org.oxidizer.gui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.oxidizer.gui.task.RunningTask;

/** The target and its state on the left, background tasks with progress and a stop button on the right. */
final class StatusBar {

    private final HBox root = new HBox(10);
    private final HBox tasks = new HBox(14);

    StatusBar(MainViewModel model) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        Label target = new Label();
        target.setId("status-target");
        target.getStyleClass().add("status-target");
        target.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tasks.setAlignment(Pos.CENTER_RIGHT);
        Label idle = new Label("idle");
        idle.getStyleClass().add("muted");
        Button theme = new Button();
        theme.setId("toggle-theme");
        theme.getStyleClass().add("flat");
        theme.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> model.themeProperty().get() == Theme.LIGHT ? "Dark theme" : "Light theme", model.themeProperty()));
        theme.setTooltip(new Tooltip("Switch light/dark (Ctrl+Shift+L)"));
        theme.setOnAction(e -> model.toggleTheme());
        root.getChildren().addAll(target, spacer, tasks, new Separator(Orientation.VERTICAL), theme);
        model.tasks().addListener((ListChangeListener<RunningTask>) c -> redraw(model, idle));
        redraw(model, idle);
    }

    private void redraw(MainViewModel model, Label idle) {
        tasks.getChildren().clear();
        if (model.tasks().isEmpty()) {
            tasks.getChildren().add(idle);
            return;
        }
        for (RunningTask task : model.tasks()) {
            Label title = new Label();
            title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> task.stepProperty().get().isEmpty() ? task.title() : task.title() + ": " + task.stepProperty().get(),
                task.stepProperty()));
            title.setMaxWidth(420);
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(120);
            bar.progressProperty().bind(task.progressProperty());
            Button cancel = new Button("✕");
            cancel.getStyleClass().add("flat");
            cancel.setTooltip(new Tooltip("Cancel " + task.title()));
            cancel.setOnAction(e -> task.cancel());
            HBox box = new HBox(6, title, bar, cancel);
            box.setAlignment(Pos.CENTER_RIGHT);
            box.getStyleClass().add("status-task");
            tasks.getChildren().add(box);
        }
    }

    HBox root() {
        return root;
    }
}
