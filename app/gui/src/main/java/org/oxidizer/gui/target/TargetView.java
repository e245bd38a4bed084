package org.oxidizer.gui.target;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.StringConverter;
import org.oxidizer.core.target.LocalJvm;
import org.oxidizer.gui.Cards;
import org.oxidizer.core.target.Target;

/** The Target step: bundled samples, a launch form, running JVMs and recent targets, side by side. */
public final class TargetView {

    private final TargetViewModel model;
    private final GridPane root = new GridPane();

    public TargetView(TargetViewModel model) {
        this.model = model;
        createView();
    }

    public GridPane root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("view");
        root.setHgap(12);
        root.setVgap(12);
        root.setPadding(new Insets(12));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        root.getColumnConstraints().addAll(half, half);
        VBox samples = samplesCard();
        VBox launch = launchCard();
        VBox jvms = jvmsCard();
        VBox recent = recentCard();
        root.add(samples, 0, 0);
        root.add(launch, 1, 0);
        root.add(jvms, 0, 1);
        root.add(recent, 1, 1);
        for (VBox card : new VBox[] {samples, launch, jvms, recent}) {
            GridPane.setVgrow(card, Priority.ALWAYS);
            GridPane.setHgrow(card, Priority.ALWAYS);
            card.setMaxHeight(Double.MAX_VALUE);
        }
    }

    private VBox samplesCard() {
        VBox list = new VBox(10);
        for (TargetViewModel.Sample sample : model.samples()) {
            Label name = new Label(sample.name());
            name.getStyleClass().add("sample-name");
            Label description = Cards.muted(sample.description());
            ComboBox<Integer> size = new ComboBox<>();
            size.getItems().setAll(TargetViewModel.SAMPLE_SIZES);
            size.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer lines) {
                    return lines == null ? "" : NumberFormat.getIntegerInstance(Locale.ROOT).format(lines) + " lines";
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
            size.setValue(model.sampleSizeProperty().get());
            size.valueProperty().addListener((o, was, now) -> model.sampleSizeProperty().set(now));
            size.setTooltip(new Tooltip("Corpus size: 1,000,000 lines profile in about 5 s here; the demo uses 10,000,000."));
            Button use = new Button("Use this sample");
            use.setId("use-sample-" + sample.name());
            use.getStyleClass().add("accent");
            use.setOnAction(e -> model.chooseSample(sample));
            HBox actions = new HBox(8, size, use);
            actions.setAlignment(Pos.CENTER_LEFT);
            VBox item = new VBox(4, name, description, actions);
            item.getStyleClass().add("sample");
            list.getChildren().add(item);
        }
        return Cards.card("Bundled samples", list);
    }

    private VBox launchCard() {
        ToggleGroup kind = new ToggleGroup();
        RadioButton byJar = new RadioButton("Executable jar");
        RadioButton byMain = new RadioButton("Main class + class path");
        byJar.setToggleGroup(kind);
        byMain.setToggleGroup(kind);
        (model.launchJarProperty().get() ? byJar : byMain).setSelected(true);
        kind.selectedToggleProperty().addListener((o, was, now) -> model.launchJarProperty().set(now == byJar));
        TextField jar = field(model.jarProperty(), "/path/to/app.jar");
        TextField main = field(model.mainClassProperty(), "com.acme.Main");
        TextField cp = field(model.classpathProperty(), "lib/*:app.jar  (':'-separated)");
        TextField args = field(model.programArgsProperty(), "--port 8080");
        TextField opts = field(model.jvmOptionsProperty(), "-Xmx2g");
        jar.disableProperty().bind(model.launchJarProperty().not());
        main.disableProperty().bind(model.launchJarProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new HBox(12, byJar, byMain));
        GridPane.setColumnSpan(form.getChildren().get(0), 2);
        form.addRow(1, new Label("Jar"), jar);
        form.addRow(2, new Label("Main class"), main);
        form.addRow(3, new Label("Class path"), cp);
        form.addRow(4, new Label("Arguments"), args);
        form.addRow(5, new Label("JVM options"), opts);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.launchErrorProperty());
        Button launch = new Button("Use this program");
        launch.setId("use-launch");
        launch.setOnAction(e -> model.chooseLaunch());
        HBox actions = new HBox(8, launch, error);
        actions.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("Launch a program", form, actions);
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private VBox jvmsCard() {
        TableView<LocalJvm> table = new TableView<>(model.jvms());
        table.setId("jvms");
        TableColumn<LocalJvm, Number> pid = new TableColumn<>("PID");
        pid.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pid()));
        pid.setPrefWidth(80);
        TableColumn<LocalJvm, String> main = new TableColumn<>("Main class / jar");
        main.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mainClass()));
        main.setPrefWidth(260);
        TableColumn<LocalJvm, String> args = new TableColumn<>("Arguments");
        args.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().arguments()));
        args.setPrefWidth(200);
        table.getColumns().addAll(java.util.List.of(pid, main, args));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Cards.muted("Press Refresh to list the JVMs you can attach to."));
        table.setRowFactory(t -> {
            TableRow<LocalJvm> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.chooseJvm(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("refresh-jvms");
        refresh.disableProperty().bind(model.refreshingProperty());
        refresh.setOnAction(e -> model.refreshJvms());
        Button attach = new Button("Attach");
        attach.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        attach.setOnAction(e -> model.chooseJvm(table.getSelectionModel().getSelectedItem()));
        Label message = Cards.muted("");
        message.textProperty().bind(model.jvmsMessageProperty());
        HBox actions = new HBox(8, refresh, attach, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("Running JVMs", table, actions);
    }

    private VBox recentCard() {
        ListView<Target> list = new ListView<>(model.recent());
        list.setId("recent-targets");
        list.setPlaceholder(Cards.muted("Targets you profile appear here."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Target item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  —  " + item.description());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.chooseRecent(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button use = new Button("Use");
        use.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
        use.setOnAction(e -> model.chooseRecent(list.getSelectionModel().getSelectedItem()));
        return Cards.card("Recent targets", list, use);
    }
}
