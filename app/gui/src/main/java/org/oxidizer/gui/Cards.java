package org.oxidizer.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The titled panels the views are made of, and the placeholder a step shows while it lacks its input. */
public final class Cards {

    private Cards() {
    }

    public static VBox card(String title, Node... content) {
        Label header = new Label(title);
        header.getStyleClass().add("card-title");
        VBox box = new VBox(8);
        box.getStyleClass().add("card");
        box.getChildren().add(header);
        box.getChildren().addAll(content);
        box.setPadding(new Insets(12));
        return box;
    }

    public static HBox header(String title, Node... right) {
        Label label = new Label(title);
        label.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, label, spacer);
        box.getChildren().addAll(right);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** "Needs a profile": what is missing and a button that goes where it is made. */
    public static VBox needs(String what, String how, Button go) {
        Label title = new Label(what);
        title.getStyleClass().add("needs-title");
        Label text = new Label(how);
        text.getStyleClass().add("needs-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        VBox box = new VBox(12, title, text);
        if (go != null) {
            go.getStyleClass().add("accent");
            box.getChildren().add(go);
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("needs");
        return box;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }
}
