package org.oxidizer.gui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.oxidizer.core.compare.Comparison;
import org.oxidizer.core.measure.ProcSample;
import org.oxidizer.core.report.SummaryRow;
import org.oxidizer.gui.Cards;
import org.oxidizer.gui.Theme;
import org.oxidizer.gui.chart.LiveSeriesChart;
import org.oxidizer.gui.chart.RunBarsChart;
import org.oxidizer.gui.flame.FlameGraph;

/** The Compare step: verdict and table, bars with every run's dot, overlaid time series, differential flame graph. */
public final class CompareView {

    private static final double MIB = 1024.0 * 1024.0;

    private final CompareViewModel model;
    private final StackPane root = new StackPane();
    private final RunBarsChart wall;
    private final RunBarsChart rss;
    private final RunBarsChart cpu;
    private final LiveSeriesChart cpuSeries;
    private final LiveSeriesChart rssSeries;
    private final FlameGraph diff = new FlameGraph("Computing the differential flame graph...");

    public CompareView(CompareViewModel model, ObservableValue<Theme> theme, Runnable goToMigrate) {
        this.model = model;
        wall = new RunBarsChart("Wall time", "seconds", "0.0", theme);
        rss = new RunBarsChart("Peak RSS", "MiB", "0", theme);
        cpu = new RunBarsChart("CPU utilization", "% (100 = one core)", "0", theme);
        double ceiling = 100.0 * Runtime.getRuntime().availableProcessors();
        cpuSeries = new LiveSeriesChart("CPU over time", "% of one core", s -> Math.min(ceiling, s.cpuPercent()), theme,
            "before", "after");
        rssSeries = new LiveSeriesChart("RSS over time", "MiB", s -> s.rssBytes() / MIB, theme, "before", "after");
        createView(goToMigrate);
        initListeners(theme);
    }

    public StackPane root() {
        return root;
    }

    public FlameGraph diffGraph() {
        return diff;
    }

    private void createView(Runnable goToMigrate) {
        Button go = new Button("Go to Migrate");
        go.setOnAction(e -> goToMigrate.run());
        VBox needs = Cards.needs("Needs a before/after run", "Run the target before and after its swap in the Migrate"
            + " step; the comparison shows here.", go);
        needs.visibleProperty().bind(model.readyProperty().not());

        Label headline = new Label();
        headline.setId("compare-headline");
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(model.headlineProperty());
        Label failure = new Label();
        failure.setWrapText(true);
        failure.getStyleClass().addAll("banner", "bad");
        failure.textProperty().bind(model.failureProperty());
        failure.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        Label swaps = Cards.muted("");
        swaps.textProperty().bind(model.swapsProperty());

        TableView<SummaryRow> table = summaryTable();
        VBox summaryCard = Cards.card("Summary", table, swaps);
        summaryCard.setPrefWidth(460);
        summaryCard.setMinWidth(380);
        HBox bars = new HBox(8, wall.viewer(), rss.viewer(), cpu.viewer());
        bars.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox barsCard = Cards.card("Before (grey) and after (orange): medians, a dot per run", bars);
        VBox.setVgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(barsCard, Priority.ALWAYS);
        HBox top = new HBox(12, summaryCard, barsCard);
        top.setPrefHeight(300);

        HBox series = new HBox(8, cpuSeries.viewer(), rssSeries.viewer());
        series.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        Label legend = Cards.muted("Width: the mean of a path's before and after share. Red: a larger share after"
            + " (bright red: appeared, e.g. the kernel); blue: a smaller share (bright blue: gone).");
        VBox diffBox = new VBox(6, diff, legend);
        VBox.setVgrow(diff, Priority.ALWAYS);
        Tab flameTab = new Tab("Differential flame graph", diffBox);
        Tab seriesTab = new Tab("Time series", series);
        TabPane tabs = new TabPane(flameTab, seriesTab);
        tabs.setId("compare-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(10, headline, failure, top, tabs);
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(model.readyProperty());
        root.getChildren().addAll(content, needs);
        root.getStyleClass().add("view");
    }

    private TableView<SummaryRow> summaryTable() {
        TableView<SummaryRow> table = new TableView<>(model.rows());
        table.setId("compare-summary");
        TableColumn<SummaryRow, String> metric = column("metric", SummaryRow::metric, 110);
        TableColumn<SummaryRow, String> before = column("before", SummaryRow::before, 100);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SummaryRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.metric() + ": "
                    + item.before() + (item.after().isEmpty() ? "" : " -> " + item.after())));
            }
        });
        TableColumn<SummaryRow, String> after = column("after", SummaryRow::after, 100);
        TableColumn<SummaryRow, SummaryRow> change = new TableColumn<>("change");
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("verdict-better", "verdict-worse");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.change().isEmpty() && row.metric().equals("results") ? "" : row.change());
                if (row.verdict() == SummaryRow.Verdict.BETTER) {
                    getStyleClass().add("verdict-better");
                } else if (row.verdict() == SummaryRow.Verdict.WORSE) {
                    getStyleClass().add("verdict-worse");
                }
            }
        });
        change.setPrefWidth(120);
        table.getColumns().addAll(List.of(metric, before, after, change));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 5 + 30);
        table.setMinHeight(26 * 5 + 30);
        return table;
    }

    private static TableColumn<SummaryRow, String> column(String title, java.util.function.Function<SummaryRow, String> v,
                                                         double width) {
        TableColumn<SummaryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(v.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void initListeners(ObservableValue<Theme> theme) {
        model.comparisonProperty().addListener((o, was, now) -> showCharts(now));
        showCharts(model.comparisonProperty().get());
        model.diffProperty().addListener((o, was, now) -> diff.setData(now));
        diff.setData(model.diffProperty().get());
        diff.setDark(theme.getValue() == Theme.DARK);
        theme.addListener((o, was, now) -> diff.setDark(now == Theme.DARK));
    }

    private void showCharts(Comparison c) {
        if (c == null) {
            return;
        }
        wall.show(CompareViewModel.perRun(c.before(), CompareViewModel.Metric.WALL_SECONDS),
            CompareViewModel.perRun(c.after(), CompareViewModel.Metric.WALL_SECONDS));
        rss.show(CompareViewModel.perRun(c.before(), CompareViewModel.Metric.PEAK_RSS_MIB),
            CompareViewModel.perRun(c.after(), CompareViewModel.Metric.PEAK_RSS_MIB));
        cpu.show(CompareViewModel.perRun(c.before(), CompareViewModel.Metric.CPU_PERCENT),
            CompareViewModel.perRun(c.after(), CompareViewModel.Metric.CPU_PERCENT));
        List<ProcSample> before = CompareViewModel.series(c.before());
        List<ProcSample> after = CompareViewModel.series(c.after());
        cpuSeries.setAll(0, before);
        cpuSeries.setAll(1, after);
        rssSeries.setAll(0, before);
        rssSeries.setAll(1, after);
    }
}
