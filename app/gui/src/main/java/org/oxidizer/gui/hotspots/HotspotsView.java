package org.oxidizer.gui.hotspots;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.oxidizer.core.profile.CategoryBreakdown;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.gui.Cards;
import org.oxidizer.gui.Theme;
import org.oxidizer.gui.chart.CategoryChart;
import org.oxidizer.gui.flame.FlameGraph;

/** The Hotspots step: sortable, filterable hot methods beside the categories, the flame graph below. */
public final class HotspotsView {

    private static final PseudoClass HOT = PseudoClass.getPseudoClass("hot");

    private final HotspotsViewModel model;
    private final StackPane root = new StackPane();
    private final TableView<HotMethodRow> table = new TableView<>();
    private final FlameGraph flame = new FlameGraph("No profile yet.");
    private final TimelineCanvas timeline = new TimelineCanvas();
    private final CategoryChart categories;

    public HotspotsView(HotspotsViewModel model, ObservableValue<Theme> theme, Runnable goToProfile) {
        this.model = model;
        this.categories = new CategoryChart(theme);
        createView(goToProfile);
        initListeners(theme);
    }

    public StackPane root() {
        return root;
    }

    public FlameGraph flameGraph() {
        return flame;
    }

    private void createView(Runnable goToProfile) {
        Button go = new Button("Go to Profile");
        go.setOnAction(e -> goToProfile.run());
        VBox needs = Cards.needs("Needs a profile", "Profile a target in the Profile step (F5), or drop an async-profiler"
            + " collapsed-stacks or JFR file anywhere on this window.", go);
        needs.visibleProperty().bind(model.readyProperty().not());

        Label diagnosis = new Label();
        diagnosis.setId("diagnosis");
        diagnosis.getStyleClass().add("headline");
        diagnosis.textProperty().bind(model.diagnosisProperty());
        diagnosis.setWrapText(true);
        TextField filter = new TextField();
        filter.setId("hot-filter");
        filter.setPromptText("Filter methods");
        filter.textProperty().bindBidirectional(model.filterProperty());
        CheckBox application = new CheckBox("Application methods");
        application.setId("application-view");
        application.selectedProperty().bindBidirectional(model.applicationViewProperty());
        application.setTooltip(new Tooltip("Charge JDK and JVM time to the application method that called it:"
            + " the method a kernel would replace. Off: every frame for itself, as async-profiler ranks them."));
        Spinner<Double> threshold = new Spinner<>(0.5, 100, model.thresholdProperty().get(), 0.5);
        threshold.setPrefWidth(80);
        threshold.setEditable(true);
        threshold.valueProperty().addListener((o, was, now) -> model.thresholdProperty().set(now));
        CheckBox held = new CheckBox("Still held at the end");
        held.setId("held-at-end");
        held.selectedProperty().bindBidirectional(model.heldAtEndProperty());
        held.visibleProperty().bind(model.nativeMemoryProperty());
        held.managedProperty().bind(model.nativeMemoryProperty());
        held.setTooltip(new Tooltip("Native memory malloc'd and never freed by the end of the recording, by stack: where a"
            + " leak shows, with its Rust frames when a kernel leaks. Off: every byte malloc'd."));
        HBox tools = new HBox(8, filter, application, held, new Label("Highlight ≥"), threshold, new Label("%"));
        tools.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        Label note = Cards.muted("");
        note.textProperty().bind(model.noteProperty());
        VBox tableCard = Cards.card("Hot methods", tools, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox categoriesCard = Cards.card("Categories", categories.viewer());
        VBox.setVgrow(categories.viewer(), Priority.ALWAYS);
        SplitPane top = new SplitPane(tableCard, categoriesCard);
        top.setDividerPositions(0.66);
        javafx.scene.control.ToggleGroup views = new javafx.scene.control.ToggleGroup();
        HBox viewBar = new HBox(0);
        for (HotspotsViewModel.FlameView v : HotspotsViewModel.FlameView.values()) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(switch (v) {
                case WHOLE -> "Whole profile";
                case CALLERS -> "Callers of selected";
                case CALLEES -> "Callees of selected";
            });
            b.setId("flame-" + v.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(views);
            b.setUserData(v);
            b.setSelected(model.flameViewProperty().get() == v);
            viewBar.getChildren().add(b);
        }
        views.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);      // one view is always chosen
            } else {
                model.flameViewProperty().set((HotspotsViewModel.FlameView) now.getUserData());
            }
        });
        Label flameTitle = new Label();
        flameTitle.setId("flame-title");
        flameTitle.getStyleClass().add("muted");
        flameTitle.textProperty().bind(model.flameTitleProperty());
        HBox flameTools = new HBox(12, viewBar, flameTitle);
        flameTools.setAlignment(Pos.CENTER_LEFT);
        VBox flameCard = Cards.card("Flame graph", flameTools, flame);
        VBox.setVgrow(flame, Priority.ALWAYS);
        VBox timelineCard = timelineCard();
        SplitPane split = new SplitPane(top, flameCard);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox content = new VBox(8, diagnosis, timelineCard, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(model.readyProperty());
        root.getChildren().addAll(content, needs);
        root.getStyleClass().add("view");
    }

    /** The time line with its note, the ranges chosen and one-click ranges (the whole recording, around a swap). */
    private VBox timelineCard() {
        Label note = Cards.muted("");
        note.setId("timeline-note");
        note.textProperty().bind(model.timelineNoteProperty());
        Label ranges = new Label();
        ranges.setId("timeline-ranges");
        ranges.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            HotspotsViewModel.Range a = model.firstRangeProperty().get();
            HotspotsViewModel.Range b = model.secondRangeProperty().get();
            return a == null ? "Whole recording" : "A: " + a.label() + (b == null ? "" : "   B: " + b.label());
        }, model.firstRangeProperty(), model.secondRangeProperty()));
        Button whole = new Button("Whole recording");
        whole.setId("timeline-whole");
        whole.setOnAction(e -> model.clearRanges());
        whole.disableProperty().bind(model.firstRangeProperty().isNull());
        Button aroundSwap = new Button("Before vs after the swap");
        aroundSwap.setId("timeline-swap");
        aroundSwap.setOnAction(e -> model.compareAroundSwap());
        aroundSwap.setTooltip(new Tooltip("A = the recording before the live swap, B = after it: the hot methods of"
            + " before, and the differential flame graph from before to after."));
        Runnable swapShown = () -> {
            boolean has = model.swapMark() != null;
            aroundSwap.setVisible(has);
            aroundSwap.setManaged(has);
        };
        model.timelineProperty().addListener((o, was, now) -> swapShown.run());
        swapShown.run();
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        note.setMinWidth(0);
        Label title = new Label("Time line");
        title.getStyleClass().add("card-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ranges.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, title, ranges, note, grow, aroundSwap, whole);
        bar.setAlignment(Pos.CENTER_LEFT);
        timeline.setOnRange((range, second) -> {
            if (range == null) {
                model.clearRanges();
            } else if (second && model.firstRangeProperty().get() != null) {
                model.secondRangeProperty().set(range);
            } else {
                model.secondRangeProperty().set(null);
                model.firstRangeProperty().set(range);
            }
        });
        VBox card = Cards.card("Time line", timeline);
        card.getChildren().set(0, bar);     // the title shares its row with the ranges and buttons: the table keeps its room
        card.setSpacing(4);
        card.setId("timeline-card");
        return card;
    }

    private void buildTable() {
        table.setId("hot-methods");
        TableColumn<HotMethodRow, String> method = new TableColumn<>("Method");
        method.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().method()));
        method.setPrefWidth(400);
        TableColumn<HotMethodRow, Number> self = number("Self %", HotMethodRow::selfPercent, "%.1f");
        self.setId("col-self");
        TableColumn<HotMethodRow, Number> total = number("Total %", HotMethodRow::totalPercent, "%.1f");
        TableColumn<HotMethodRow, Number> samples = number("Samples", r -> r.selfSamples(), "%,.0f");
        samples.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> "bytes".equals(model.unitProperty().get()) ? "Bytes" : "Samples", model.unitProperty()));
        samples.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "bytes".equals(model.unitProperty().get())
                    ? org.oxidizer.core.report.Figures.bytes(item.doubleValue())
                    : String.format(Locale.ROOT, "%,.0f", item.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        TableColumn<HotMethodRow, String> category = new TableColumn<>("Category");
        category.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        category.setPrefWidth(150);
        table.getColumns().addAll(List.of(method, self, total, samples, category));
        SortedList<HotMethodRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        self.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(self);
        table.setPlaceholder(Cards.muted("No method matches."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HotMethodRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HOT, !empty && item != null && model.isHot(item));
                setTooltip(empty || item == null ? null : new Tooltip(item.method()));
            }
        });
    }

    private static TableColumn<HotMethodRow, Number> number(String title, Function<HotMethodRow, Number> value,
                                                            String format) {
        TableColumn<HotMethodRow, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, format, item.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setPrefWidth(80);
        return column;
    }

    private void initListeners(ObservableValue<Theme> theme) {
        model.timelineProperty().addListener((o, was, now) -> timeline.setTimeline(now));
        timeline.setTimeline(model.timelineProperty().get());
        javafx.beans.InvalidationListener ranges = o -> timeline.setRanges(model.firstRangeProperty().get(),
            model.secondRangeProperty().get());
        model.firstRangeProperty().addListener(ranges);
        model.secondRangeProperty().addListener(ranges);
        timeline.setDark(theme.getValue() == Theme.DARK);
        theme.addListener((o, was, now) -> timeline.setDark(now == Theme.DARK));
        model.thresholdProperty().addListener((o, was, now) -> table.refresh());
        model.flameProperty().addListener((o, was, now) -> flame.setData(now));
        flame.setData(model.flameProperty().get());
        model.categories().addListener((ListChangeListener<CategoryBreakdown.Share>) c -> categories.show(model.categories()));
        categories.show(model.categories());
        flame.setDark(theme.getValue() == Theme.DARK);
        theme.addListener((o, was, now) -> flame.setDark(now == Theme.DARK));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                flame.searchProperty().set(row.method());
                model.methodProperty().set(row.method());
            }
        });
    }
}
