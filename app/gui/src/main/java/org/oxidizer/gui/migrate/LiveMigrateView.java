package org.oxidizer.gui.migrate;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.oxidizer.core.advice.Advice;
import org.oxidizer.core.live.Verification;
import org.oxidizer.gui.Cards;
import org.oxidizer.gui.Theme;
import org.oxidizer.gui.chart.InPlaceChart;

/**
 * The live half of the Migrate step: the session bar, the candidates table, and for the selected method its
 * verification (first mismatch side by side), the advisor's word, the swap actions and the live counters.
 */
public final class LiveMigrateView {

    private final LiveMigrateViewModel model;
    private final VBox root = new VBox(8);
    private final Label method = new Label();
    private final Label signature = new Label();
    private final Label verification = new Label();
    private final Label timing = new Label();
    private final Label mismatchTitle = new Label();
    private final TextArea mismatchInput = monoArea();
    private final TextArea mismatchJava = monoArea();
    private final TextArea mismatchKernel = monoArea();
    private final GridPane mismatch = new GridPane();
    private final Label advice = new Label();
    private final VBox reasons = new VBox(2);
    private final Label boundary = new Label();
    private final Label swapResult = new Label();
    private final Label counters = new Label();
    private final Label inPlace = new Label();
    private final InPlaceChart inPlaceChart;

    public LiveMigrateView(LiveMigrateViewModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.inPlaceChart = new InPlaceChart(theme);
        createView();
        initListeners();
    }

    public VBox root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("card");
        root.setPadding(new Insets(12));
        Button connect = new Button();
        connect.setId("live-connect");
        connect.getStyleClass().add("accent");
        connect.textProperty().bind(model.commands().connectLabelProperty());
        connect.disableProperty().bind(model.commands().canConnectProperty().not());
        connect.setOnAction(e -> model.connect());
        connect.setTooltip(new Tooltip("A launched target keeps running in the background until the session ends;"
            + " an attached JVM keeps running after it"));
        Spinner<Integer> seconds = spinner(1, 120, model.profileSecondsProperty(), "live-seconds");
        Button end = new Button("End session");
        end.setId("live-end");
        end.disableProperty().bind(model.commands().canEndProperty().not());
        end.setOnAction(e -> model.end());
        Label session = new Label();
        session.setId("live-session");
        session.getStyleClass().add("muted");
        session.textProperty().bind(model.sessionProperty());
        Button jars = new Button("Kernel jars…");
        jars.setId("live-kernel-jars");
        jars.setTooltip(new Tooltip("Add a kernel jar of your own (oxidizer kernel build) to the catalog, here and in the"
            + " target"));
        jars.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Add a kernel jar");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Kernel jar", "*.jar"));
            java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.addKernelJar(file.toPath());
            }
        });
        Label jarCount = new Label();
        jarCount.setId("live-kernel-jar-count");
        jarCount.getStyleClass().add("muted");
        jarCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.kernelJars().isEmpty() ? ""
            : model.kernelJars().size() == 1 ? "+ " + model.kernelJars().get(0).getFileName()
            : "+ " + model.kernelJars().size() + " kernel jars", model.kernelJars()));
        HBox bar = new HBox(8, connect, new Label("profile for"), seconds,
            new Label("s"), end, jars, jarCount, session);
        bar.setAlignment(Pos.CENTER_LEFT);
        // the session's long line gives way, never the buttons (it is whole in its tooltip)
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Region r && n != session) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        session.setMinWidth(0);
        HBox.setHgrow(session, Priority.ALWAYS);
        Tooltip sessionTip = new Tooltip();
        sessionTip.textProperty().bind(model.sessionProperty());
        session.setTooltip(sessionTip);

        SplitPane split = new SplitPane(candidatesTable(), details());
        split.setDividerPositions(0.52);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label live = new Label("Live");
        live.getStyleClass().add("card-title");
        counters.setId("live-counters");
        counters.getStyleClass().add("mono");
        counters.setTooltip(new Tooltip("The selected method's calls, read from the target 4 times a second: who served"
            + " them since the route last changed (swap, canary, shadow), fallbacks from a failing kernel, and its call rate"));
        HBox countersRow = new HBox(10, live, counters);
        countersRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("live-message");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(Bindings.createBooleanBinding(      // the swap's line already says it
            () -> !model.messageProperty().get().equals(swapResult.getText()), model.messageProperty(), swapResult.textProperty()));
        Label error = new Label();
        error.setId("live-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().addAll(bar, split, countersRow, message, error);
    }

    private TableView<CandidateRow> candidatesTable() {
        TableView<CandidateRow> table = new TableView<>(model.candidates());
        table.setId("live-candidates");
        TableColumn<CandidateRow, String> verdict = column("Verdict", CandidateRow::verdict, 112);
        verdict.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("good", "bad");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add(item.startsWith("migrate") ? "good" : "bad");
                }
            }
        });
        table.getColumns().addAll(List.of(
            column("Method", CandidateRow::shortName, 280),
            column("Total %", r -> String.format(Locale.ROOT, "%.1f", r.candidate().totalPercent()), 66),
            column("Self %", r -> String.format(Locale.ROOT, "%.1f", r.candidate().selfPercent()), 60),
            verdict,
            column("Kernel, or why none", CandidateRow::kernelOrWhyNot, 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CandidateRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.candidate().frame() + "\n" + item.kernelWithParameters()));
            }
        });
        table.setPlaceholder(Cards.muted("Launch the target (or attach to it), profile it for a few seconds, and its hot"
            + " methods appear here with the kernel that can replace each, or why none can."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(model.selectedProperty().get())) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private ScrollPane details() {
        method.setId("live-method");
        method.getStyleClass().add("card-title");
        method.setWrapText(true);
        signature.setId("live-signature");
        signature.getStyleClass().add("muted");
        signature.setWrapText(true);

        Spinner<Integer> calls = spinner(1, 10_000, model.callsProperty(), "live-calls");
        Button verify = new Button("Verify");
        verify.setId("live-verify");
        verify.disableProperty().bind(model.commands().canVerifyProperty().not());
        verify.setOnAction(e -> {
            root.requestFocus();
            model.verify();
        });
        verify.setTooltip(new Tooltip("Capture the method's next live calls, replay them through the kernel inside the"
            + " target, and compare the answers"));
        ProgressBar progress = new ProgressBar();
        progress.setId("live-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("live-cancel");
        cancel.setOnAction(e -> model.cancel());
        for (javafx.scene.Node n : List.of(progress, cancel)) {
            n.visibleProperty().bind(model.busyProperty());
            n.managedProperty().bind(model.busyProperty());
        }
        HBox verifyRow = new HBox(8, new Label("Capture"), calls, new Label("calls"), verify, progress, cancel);
        verifyRow.setAlignment(Pos.CENTER_LEFT);

        verification.setId("live-verification");
        verification.setWrapText(true);
        timing.setId("live-timing");
        timing.getStyleClass().add("muted");
        timing.setWrapText(true);
        mismatch.setId("live-mismatch");
        mismatch.setHgap(6);
        mismatch.setVgap(2);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100 / 3.0);
            mismatch.getColumnConstraints().add(c);
        }
        mismatchTitle.getStyleClass().add("bad");
        mismatchTitle.setWrapText(true);
        mismatch.add(mismatchTitle, 0, 0, 3, 1);
        mismatch.addRow(1, new Label("Input"), new Label("Java"), new Label("Kernel"));
        mismatch.addRow(2, mismatchInput, mismatchJava, mismatchKernel);
        show(mismatch, false);

        advice.setId("live-advice");
        advice.getStyleClass().add("headline");
        advice.setWrapText(true);
        reasons.setId("live-reasons");
        boundary.setId("live-boundary");
        boundary.getStyleClass().add("bad");
        boundary.setWrapText(true);

        Button swap = button("Swap", "live-swap", model.commands().canSwapProperty(), model::swap,
            "Replace the method's body by a call into its kernel; callers are unchanged");
        swap.getStyleClass().add("accent");
        Button force = button("Force swap…", "live-force", model.commands().canForceSwapProperty(), this::confirmForce,
            "Swap without a passing verification; you are asked first");
        Spinner<Integer> shadowCalls = spinner(1, 1_000_000, model.shadowCallsProperty(), "live-shadow-calls");
        shadowCalls.setPrefWidth(100);
        Button shadow = button("Shadow", "live-shadow", model.commands().canShadowProperty(), model::shadow,
            "The next calls run Java and the kernel; Java answers, disagreements are counted");
        Spinner<Integer> percent = spinner(1, 100, model.canaryPercentProperty(), "live-canary-percent");
        percent.setPrefWidth(72);
        Button canary = button("Canary", "live-canary", model.commands().canCanaryProperty(), model::canary,
            "The kernel serves this share of the calls, spread evenly");
        Button revert = button("Revert", "live-revert", model.commands().canRevertProperty(), model::revert,
            "Restore the Java method body");
        HBox actions = new HBox(8, swap, force, revert);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox routes = new HBox(8, shadow, shadowCalls, new Label("calls"), new Separator(Orientation.VERTICAL), canary,
            percent, new Label("% of calls"));
        routes.setAlignment(Pos.CENTER_LEFT);

        Button writeKernel = button("Write a kernel project…", "live-kernel-new", model.commands().canWriteKernelProperty(),
            model::writeKernel, "No kernel of the catalog replaces this method: write a Rust kernel project for its exact shape"
                + " (oxidizer kernel new)");
        Label kernelProject = new Label();
        kernelProject.setId("live-kernel-project");
        kernelProject.setWrapText(true);
        kernelProject.getStyleClass().add("mono");
        kernelProject.textProperty().bind(model.kernelProjectProperty());
        for (javafx.scene.Node n : List.of(writeKernel, kernelProject)) {
            n.visibleProperty().bind(model.commands().canWriteKernelProperty().or(model.kernelProjectProperty().isNotEmpty()));
            n.managedProperty().bind(n.visibleProperty());
        }

        swapResult.setId("live-swap-result");
        swapResult.setWrapText(true);

        inPlace.setId("live-in-place");
        inPlace.setWrapText(true);
        inPlace.getStyleClass().add("mono");
        inPlaceChart.viewer().setId("live-in-place-chart");

        VBox box = new VBox(8, method, signature, verifyRow, verification, writeKernel, kernelProject, timing, mismatch, advice,
            reasons, boundary, actions, routes, swapResult, inPlace, inPlaceChart.viewer());
        box.setPadding(new Insets(4, 8, 4, 8));
        box.disableProperty().bind(model.selectedProperty().isNull());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("live-details");
        return scroll;
    }

    private void initListeners() {
        model.currentProperty().addListener((o, was, now) -> show(now));
        model.selectedProperty().addListener((o, was, now) -> show(model.currentProperty().get()));
        show(model.currentProperty().get());
    }

    private void show(LiveMethod m) {
        CandidateRow row = model.selectedProperty().get();
        method.setText(row == null ? "Select a method" : row.shortName());
        signature.setText(row == null ? "" : (row.candidate().method() == null ? row.candidate().frame()
            : row.candidate().method().className() + "  ·  " + row.candidate().method().display())
            + (row.replaceable() ? "\nkernel " + row.kernelWithParameters() : ""));
        Verification v = m == null ? null : m.verification();
        verification.setText(v == null ? (row != null && !row.replaceable() ? "No kernel can replace it: "
            + String.join("; ", row.candidate().reasons()) : "Not verified yet.")
            : v.summary() + shortfall(v.shortfall(m.asked(), LiveMigrateViewModel.CAPTURE_TIMEOUT_SECONDS))
            + (m.held() ? "" : "  (before the revert: verify again to swap)"));
        verification.getStyleClass().removeAll("good", "bad");
        if (v != null) {
            verification.getStyleClass().add(v.passed() ? "good" : "bad");
        }
        String cost = v == null ? "" : (m.status() == null ? "" : m.status().captureCost());
        timing.setText(v == null ? "" : v.timing() + (cost.isEmpty() ? "" : "\n" + cost));
        show(timing, v != null);
        Verification.Mismatch diff = v == null ? null : v.mismatch();
        show(mismatch, diff != null);
        if (diff != null) {
            mismatchTitle.setText("First mismatch: captured call " + diff.call() + " at " + diff.where());
            mismatchInput.setText(diff.input());
            mismatchJava.setText(diff.javaOutput());
            mismatchKernel.setText(diff.kernelOutput());
        }
        Advice a = m == null ? null : m.advice();
        advice.setText(a == null ? "" : "Advisor: " + a.headline());
        advice.getStyleClass().removeAll("good", "bad");
        if (a != null) {
            advice.getStyleClass().add(a.verdict() == Advice.Verdict.MIGRATE ? "good" : "bad");
        }
        show(advice, a != null);
        reasons.getChildren().setAll(a == null ? List.of() : a.reasons().stream()
            .filter(r -> !r.equals(a.boundaryWarning())).map(r -> {
                Label l = new Label("•  " + r);
                l.setWrapText(true);
                return l;
            }).toList());
        boundary.setText(a == null || a.boundaryWarning() == null ? "" : "Boundary: " + a.boundaryWarning());
        show(boundary, !boundary.getText().isEmpty());
        swapResult.setText(m == null || m.swap() == null ? "" : m.swap().sentence(LiveMigrateViewModel.SWAP_WAIT_SECONDS));
        swapResult.getStyleClass().removeAll("bad", "good");
        if (m != null && m.swap() != null) {
            swapResult.getStyleClass().add(m.forced() ? "bad" : "good");
        }
        show(swapResult, !swapResult.getText().isEmpty());
        counters.setText(m == null ? "no method selected" : row.shortName() + ":  " + LiveText.counters(m));
        inPlace.setText(m == null ? "" : m.inPlaceText());
        show(inPlace, !inPlace.getText().isEmpty());
        boolean readings = m != null && m.readings().size() > 1;
        show(inPlaceChart.viewer(), readings);
        if (readings) {
            inPlaceChart.show(m.readings());
        }
    }

    private void confirmForce() {
        CandidateRow row = model.selectedProperty().get();
        LiveMethod m = model.currentProperty().get();
        if (row == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Force swap");
        alert.setHeaderText("Swap " + row.candidate().frame() + " UNVERIFIED?");
        alert.setContentText((m == null || m.verification() == null ? "The kernel has not been verified on this method's"
            + " calls." : "The kernel's answers differed from Java's on the captured calls.")
            + " If they differ on live calls, the target computes wrong results until you revert. The swap is marked"
            + " unverified.");
        ButtonType force = new ButtonType("Swap unverified", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(force, ButtonType.CANCEL);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.showAndWait().filter(force::equals).ifPresent(b -> model.forceSwap());
    }

    private Button button(String text, String id, javafx.beans.value.ObservableBooleanValue enabled, Runnable action,
                          String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(Bindings.not(enabled));
        b.setOnAction(e -> {
            root.requestFocus();        // the button disables itself; focus must not jump into a spinner
            action.run();
        });
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Spinner<Integer> spinner(int min, int max, IntegerProperty value, String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((o, was, now) -> value.set(now));
        return spinner;
    }

    private static TextArea monoArea() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.getStyleClass().add("mono");
        return area;
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static String shortfall(String sentence) {
        return sentence.isEmpty() ? "" : " (" + sentence + ")";
    }
}
