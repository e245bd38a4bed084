package org.oxidizer.gui.report;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.oxidizer.gui.Cards;

/** The Report step: the Markdown preview beside the export choices and what was written. */
public final class ReportView {

    private final ReportViewModel model;
    private final StackPane root = new StackPane();

    public ReportView(ReportViewModel model, Runnable goToMigrate) {
        this.model = model;
        createView(goToMigrate);
    }

    public StackPane root() {
        return root;
    }

    private void createView(Runnable goToMigrate) {
        Button go = new Button("Go to Migrate");
        go.setOnAction(e -> goToMigrate.run());
        VBox needs = Cards.needs("Needs a before/after run", "The report documents a before/after run: make one in"
            + " the Migrate step.", go);
        needs.visibleProperty().bind(model.readyProperty().not());

        TextArea preview = new TextArea();
        preview.setId("report-preview");
        preview.setEditable(false);
        preview.getStyleClass().add("report-preview");
        preview.textProperty().bind(model.previewProperty());
        VBox previewCard = Cards.card("Preview (report.md)", preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(previewCard, Priority.ALWAYS);

        CheckBox html = new CheckBox("HTML (self-contained, with charts)");
        html.selectedProperty().bindBidirectional(model.htmlProperty());
        CheckBox md = new CheckBox("Markdown");
        md.selectedProperty().bindBidirectional(model.markdownProperty());
        CheckBox json = new CheckBox("JSON (schema in docs/report-json.md)");
        json.selectedProperty().bindBidirectional(model.jsonProperty());
        TextField folder = new TextField();
        folder.setId("report-folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        Button choose = new Button("Choose...");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the report");
            var chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.folderProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, choose);
        Button export = new Button("Export  (Ctrl+E)");
        export.setId("report-export");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.exportingProperty().or(model.readyProperty().not()));
        export.setOnAction(e -> model.export());
        HBox actions = new HBox(8, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (model.canOpenFolder()) {
            Button open = new Button("Open folder");
            open.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.written()));
            open.setOnAction(e -> model.openFolder());
            actions.getChildren().add(open);
        }
        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ListView<Path> files = new ListView<>(model.written());
        files.setId("report-files");
        files.setPlaceholder(Cards.muted("Nothing exported yet."));
        files.setPrefHeight(120);
        files.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName().toString());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.toString()));
            }
        });
        VBox exportCard = Cards.card("Export", html, md, json, new Label("Folder"), folderRow, actions, message, files);
        exportCard.setPrefWidth(420);
        exportCard.setMinWidth(360);

        HBox content = new HBox(12, previewCard, exportCard);
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(model.readyProperty());
        root.getChildren().addAll(content, needs);
        root.getStyleClass().add("view");
    }
}
