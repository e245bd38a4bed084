package org.oxidizer.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oxidizer.gui.model.StepModel;

/** The loop's steps, always visible: number, title, and what each has or still needs. */
final class StepBar {

    private final HBox root = new HBox(0);

    StepBar(MainViewModel model) {
        root.getStyleClass().add("step-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        for (Step step : Step.values()) {
            StepModel stepModel = model.stepModel(step);
            Label number = new Label(Integer.toString(step.ordinal() + 1));
            number.getStyleClass().add("step-number");
            Label title = new Label(step.title());
            title.getStyleClass().add("step-title");
            Label summary = new Label();
            summary.getStyleClass().add("step-summary");
            summary.textProperty().bind(stepModel.summaryProperty());
            VBox text = new VBox(1, title, summary);
            HBox content = new HBox(8, number, text);
            content.setAlignment(Pos.CENTER_LEFT);
            ToggleButton button = new ToggleButton();
            button.setId("step-" + step.name().toLowerCase());
            button.setGraphic(content);
            button.getStyleClass().add("step");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(step.title() + " (Ctrl+" + (step.ordinal() + 1) + ")"));
            stepModel.readyProperty().addListener((o, was, ready) -> button.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("waiting"), !ready));
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("waiting"), !stepModel.readyProperty().get());
            button.setOnAction(e -> {
                model.select(step);
                button.setSelected(true);
            });
            model.stepProperty().addListener((o, was, now) -> button.setSelected(now == step));
            button.setSelected(model.stepProperty().get() == step);
            HBox.setHgrow(button, Priority.ALWAYS);
            root.getChildren().add(button);
        }
    }

    HBox root() {
        return root;
    }
}
