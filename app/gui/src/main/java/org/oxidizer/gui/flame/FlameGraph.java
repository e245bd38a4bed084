package org.oxidizer.gui.flame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The interactive flame graph: click a frame to zoom into it (its ancestors stay above it, breadcrumbs
 * lead back), hover for the full name and figures, search to color every matching frame and see their
 * share. Escape or a double click on the background zooms out.
 */
public final class FlameGraph extends BorderPane {

    private final FlameCanvas flame = new FlameCanvas();
    private final Pane surface = new Pane(flame.canvas());
    private final ScrollBar scroll = new ScrollBar();
    private final HBox breadcrumbs = new HBox(2);
    private final TextField search = new TextField();
    private final ReadOnlyStringWrapper matchSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoverDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper zoomed = new ReadOnlyIntegerWrapper(-1);
    private final Tooltip tooltip = new Tooltip();
    private final String emptyText;

    public FlameGraph(String emptyText) {
        this.emptyText = emptyText;
        getStyleClass().add("flame-graph");
        search.setPromptText("Search frames (Ctrl+F)");
        search.setId("flame-search");
        search.setPrefColumnCount(18);
        Label matches = new Label();
        matches.setId("flame-matches");
        matches.textProperty().bind(matchSummary);
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> zoomTo(flame.data() == null ? 0 : flame.data().root()));
        breadcrumbs.getStyleClass().add("breadcrumbs");
        breadcrumbs.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(breadcrumbs, Priority.ALWAYS);
        HBox bar = new HBox(8, breadcrumbs, matches, search, reset);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(0, 0, 6, 0));
        setTop(bar);
        scroll.setOrientation(Orientation.VERTICAL);
        surface.setMinSize(100, 60);
        setCenter(surface);
        setRight(scroll);
        Label details = new Label();
        details.getStyleClass().add("muted");
        details.textProperty().bind(hoverDetails);
        details.setId("flame-details");
        setBottom(details);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setHideDelay(Duration.ZERO);
        Tooltip.install(flame.canvas(), tooltip);
        initListeners();
    }

    private void initListeners() {
        surface.widthProperty().addListener((o, was, now) -> resize());
        surface.heightProperty().addListener((o, was, now) -> resize());
        scroll.valueProperty().addListener((o, was, now) -> {
            flame.setScrollY(now.doubleValue());
            flame.paint();
        });
        search.textProperty().addListener((o, was, now) -> applySearch());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        flame.canvas().setOnMouseMoved(e -> hover(flame.nodeAt(e.getX(), e.getY())));
        flame.canvas().setOnMouseExited(e -> hover(-1));
        flame.canvas().setFocusTraversable(true);
        flame.canvas().setOnMouseClicked(e -> {
            flame.canvas().requestFocus();          // so that Escape reaches us
            if (e.getButton() != MouseButton.PRIMARY || flame.data() == null) {
                return;
            }
            int node = flame.nodeAt(e.getX(), e.getY());
            if (node >= 0) {
                zoomTo(node);
            } else if (e.getClickCount() == 2) {
                zoomTo(flame.data().root());
            }
        });
        flame.canvas().setOnScroll(e -> scroll.setValue(clamp(scroll.getValue() - e.getDeltaY())));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && flame.data() != null) {
                int parent = flame.data().parent(flame.zoom());
                zoomTo(parent >= 0 ? parent : flame.data().root());
            }
        });
    }

    private double clamp(double v) {
        return Math.max(scroll.getMin(), Math.min(scroll.getMax(), v));
    }

    public void setData(FlameData data) {
        flame.setData(data);
        scroll.setValue(0);
        updateScroll();
        zoomed.set(data == null ? -1 : data.root());
        applySearch();
        breadcrumbs();
        hoverDetails.set(data == null ? emptyText : "Click a frame to zoom in; hover for details.");
    }

    public FlameData data() {
        return flame.data();
    }

    public void setDark(boolean dark) {
        flame.setDark(dark);
        flame.paint();
    }

    public StringProperty searchProperty() {
        return search.textProperty();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** "3 frames match: 47.3% of samples", or empty without a search. */
    public ReadOnlyStringProperty matchSummaryProperty() {
        return matchSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverDetailsProperty() {
        return hoverDetails.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    public FlameCanvas canvas() {
        return flame;
    }

    public void zoomTo(int node) {
        if (flame.data() == null) {
            return;
        }
        flame.setZoom(node);
        zoomed.set(node);
        breadcrumbs();
        flame.paint();
    }

    private void hover(int node) {
        flame.setHovered(node);
        flame.paint();
        if (node < 0 || flame.data() == null) {
            tooltip.setText("");
            tooltip.hide();
            hoverDetails.set(flame.data() == null ? emptyText : "");
            return;
        }
        String details = flame.data().details(node);
        tooltip.setText(details);
        hoverDetails.set(details.replace('\n', ' ').replace("%n", " "));
    }

    private void applySearch() {
        FlameData data = flame.data();
        String query = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        if (data == null || query.isEmpty()) {
            flame.setMatches(null);
            matchSummary.set("");
            flame.paint();
            return;
        }
        boolean[] matches = new boolean[data.labelCount()];
        int frames = 0;
        for (int l = 0; l < matches.length; l++) {
            if (data.labelName(l).toLowerCase(Locale.ROOT).contains(query)) {
                matches[l] = true;
                frames++;
            }
        }
        double share = 100 * data.matchedWeight(matches) / Math.max(data.weight(data.root()), 1e-12);
        flame.setMatches(matches);
        matchSummary.set(frames == 0 ? "no frame matches"
            : String.format(Locale.ROOT, "%d frame%s match: %.1f%%", frames, frames == 1 ? "" : "s", share));
        flame.paint();
    }

    private void breadcrumbs() {
        breadcrumbs.getChildren().clear();
        FlameData data = flame.data();
        if (data == null) {
            return;
        }
        List<Integer> path = new ArrayList<>();
        for (int n = flame.zoom(); n >= 0; n = data.parent(n)) {
            path.add(0, n);
        }
        int from = Math.max(0, path.size() - 6);
        if (from > 0) {
            breadcrumbs.getChildren().add(new Label("… ›"));
        }
        for (int i = from; i < path.size(); i++) {
            int node = path.get(i);
            Button crumb = new Button(FlameCanvas.shortName(data.labelName(data.label(node))));
            crumb.getStyleClass().add("flat");
            crumb.setMaxWidth(220);
            crumb.setTooltip(new Tooltip(data.labelName(data.label(node))));
            crumb.setOnAction(e -> zoomTo(node));
            breadcrumbs.getChildren().add(crumb);
            if (i < path.size() - 1) {
                breadcrumbs.getChildren().add(new Label("›"));
            }
        }
    }

    private void resize() {
        flame.canvas().setWidth(surface.getWidth());
        flame.canvas().setHeight(surface.getHeight());
        updateScroll();
        flame.paint();
    }

    private void updateScroll() {
        double max = Math.max(0, flame.contentHeight() - surface.getHeight());
        scroll.setMin(0);
        scroll.setMax(max);
        scroll.setVisibleAmount(Math.max(1, surface.getHeight()));
        scroll.setValue(clamp(scroll.getValue()));
        scroll.setVisible(max > 0);
    }
}
