package org.oxidizer.gui.migrate;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oxidizer.core.target.Target;
import org.oxidizer.gui.Cards;
import org.oxidizer.gui.model.Workbench;

/**
 * The Migrate step, in two tabs: the live loop on a running JVM; and the swap-at-launch before/after run that
 * feeds Compare and Report, with the kernel catalog.
 */
public final class MigrateView {

    private final MigrateViewModel model;
    private final LiveMigrateViewModel live;
    private final Workbench workbench;
    private final VBox root = new VBox(12);

    private final javafx.beans.value.ObservableValue<org.oxidizer.gui.Theme> theme;

    public MigrateView(MigrateViewModel model, LiveMigrateViewModel live, Workbench workbench,
                       javafx.beans.value.ObservableValue<org.oxidizer.gui.Theme> theme) {
        this.model = model;
        this.theme = theme;
        this.live = live;
        this.workbench = workbench;
        createView();
    }

    public VBox root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("view");
        VBox liveCard = new LiveMigrateView(live, theme).root();
        VBox livePane = new VBox(liveCard);
        livePane.setPadding(new Insets(12));
        VBox.setVgrow(liveCard, Priority.ALWAYS);
        VBox atLaunch = new VBox(12, planCard(), catalogCard());
        atLaunch.setPadding(new Insets(12));
        VBox.setVgrow(atLaunch.getChildren().get(1), Priority.ALWAYS);
        Tab liveTab = new Tab("Live, in a running JVM", livePane);
        liveTab.setId("tab-live");
        Tab launchTab = new Tab("Before / after, swapped at launch", atLaunch);
        launchTab.setId("tab-at-launch");
        TabPane tabs = new TabPane(liveTab, launchTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().add(tabs);
    }

    private VBox planCard() {
        TableView<SwapRow> table = new TableView<>(model.plan());
        table.setId("swap-plan");
        table.getColumns().addAll(List.of(
            column("Java method", SwapRow::method, 420),
            column("Kernel", SwapRow::kernel, 170),
            column("Share of profile", r -> Double.isNaN(r.profileShare()) ? "profile first"
                : String.format(Locale.ROOT, "%.1f%% total", r.profileShare()), 130),
            column("Threads", SwapRow::threads, 220),
            column("Results compared", SwapRow::tolerance, 220)));
        table.setPrefHeight(110);
        table.setMinHeight(90);
        table.setPlaceholder(Cards.muted("No known swap plan for this target. The bundled samples carry one: choose"
            + " one in the Target step. The catalog below lists the method shapes each kernel replaces."));
        Label how = Cards.muted("Swap at launch: the after run starts with each method's body replaced by a call into"
            + " its Rust kernel (callers unchanged). Both runs are profiled and measured from outside; they must print"
            + " the same result checksum, and the kernel must serve every call, or the run is marked untrustworthy.");
        Spinner<Integer> repeats = new Spinner<>(1, 9, model.repeatsProperty().get());
        repeats.setPrefWidth(70);
        repeats.valueProperty().addListener((o, was, now) -> model.repeatsProperty().set(now));
        repeats.setTooltip(new Tooltip("Runs per side; before and after alternate, figures are medians"));
        Button run = new Button("Run before / after  (Ctrl+M)");
        run.setId("migrate-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty().or(model.readyProperty().not()));
        run.setOnAction(e -> model.runBeforeAfter());
        Label message = new Label();
        message.setId("migrate-message");
        message.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        how.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, new Label("Runs per side"), repeats, run, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> workbench.target() == null
            ? "Swap plan" : "Swap plan for " + workbench.target().name(), workbench.targetProperty()));
        VBox card = new VBox(8, title, table, how, actions, error);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        return card;
    }

    private VBox catalogCard() {
        TableView<KernelInfo> table = new TableView<>(model.kernels());
        table.setId("kernel-catalog");
        table.getColumns().addAll(List.of(
            column("Kernel", KernelInfo::id, 170),
            column("What it computes", KernelInfo::summary, 330),
            column("Replaces", k -> String.join("; ", k.replaces()), 330),
            column("Threads", KernelInfo::threads, 200),
            column("Results compared", KernelInfo::tolerance, 200)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(KernelInfo item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(String.join("\n", item.semantics())));
            }
        });
        table.setPrefHeight(130);
        table.setMinHeight(100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.ListView<String> notes = new javafx.scene.control.ListView<>();
        notes.setId("kernel-semantics");
        notes.setPlaceholder(Cards.muted("Select a kernel."));
        notes.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "•  " + item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
            notes.getItems().setAll(now == null ? List.of() : now.semantics()));
        if (!model.kernels().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Label notesTitle = new Label("Where its answers could differ from Java's, and what it does about it");
        notesTitle.getStyleClass().add("card-title");
        VBox.setVgrow(notes, Priority.ALWAYS);
        return Cards.card("Kernel catalog", table, notesTitle, notes);
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
