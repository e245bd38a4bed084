package org.oxidizer.gui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The one window: menu and step bar on top, the current step's view, the status bar below. */
public final class MainView {

    private final MainViewModel model;
    private final Map<Step, Node> views = new EnumMap<>(Step.class);
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();

    public MainView(MainViewModel model, Map<Step, Node> stepViews, MenuBar menus) {
        this.model = model;
        this.views.putAll(stepViews);
        createView(menus);
        initListeners();
    }

    private void createView(MenuBar menus) {
        root.getStyleClass().add("main");
        root.setTop(new VBox(menus, new StepBar(model).root()));
        center.getStyleClass().add("center");
        root.setCenter(center);
        root.setBottom(new StatusBar(model).root());
        show(model.stepProperty().get());
    }

    private void initListeners() {
        model.stepProperty().addListener((o, was, now) -> show(now));
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                applyTheme(scene, model.themeProperty().get());
            }
        });
        model.themeProperty().addListener((o, was, now) -> {
            if (root.getScene() != null) {
                applyTheme(root.getScene(), now);
            }
        });
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(Theme.base(), theme.stylesheet());
    }

    private void show(Step step) {
        center.getChildren().setAll(views.get(step));
    }

    public BorderPane root() {
        return root;
    }
}
