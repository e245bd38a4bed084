package org.oxidizer.gui.report;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.oxidizer.core.report.Environment;
import org.oxidizer.core.report.HtmlReportWriter;
import org.oxidizer.core.report.JsonReportWriter;
import org.oxidizer.core.report.MarkdownReportWriter;
import org.oxidizer.core.report.MigrationReport;
import org.oxidizer.core.report.ReportExporter;
import org.oxidizer.core.report.ReportWriter;
import org.oxidizer.core.task.BackgroundTask;
import org.oxidizer.core.task.TaskExecutor;
import org.oxidizer.gui.model.MigrationOutcome;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;

/** The migration report: a preview, and export to HTML, Markdown and JSON through the core's writers. */
public final class ReportViewModel implements StepModel {

    private final Workbench workbench;
    private final TaskExecutor tasks;
    private final Function<String, Path> runDirs;
    private final Consumer<Path> folderOpener;
    private final BooleanProperty html = new SimpleBooleanProperty(true);
    private final BooleanProperty markdown = new SimpleBooleanProperty(true);
    private final BooleanProperty json = new SimpleBooleanProperty(true);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObservableList<Path> writtenView = FXCollections.unmodifiableObservableList(written);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("needs a before/after run");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private MigrationReport report;

    /**
     * @param folderOpener shows a folder in the desktop's file manager; null where there is none, and then
     *                     the view offers no such button
     */
    public ReportViewModel(Workbench workbench, TaskExecutor tasks, Function<String, Path> runDirs, Consumer<Path> folderOpener) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.runDirs = runDirs;
        this.folderOpener = folderOpener;
        ready.bind(workbench.migrationProperty().isNotNull());
        workbench.migrationProperty().addListener((o, was, now) -> prepare(now));
        workbench.exportedProperty().addListener((o, was, now) -> {
            written.setAll(now);
            updateSummary();
        });
        prepare(workbench.migration());
        written.setAll(workbench.exportedProperty().get());
        updateSummary();
    }

    private void prepare(MigrationOutcome outcome) {
        report = outcome == null ? null : new MigrationReport(outcome.comparison(), Environment.current(), Instant.now(),
            outcome.command(), outcome.failure());
        preview.set(report == null ? "" : render(new MarkdownReportWriter()));
        if (outcome != null && folder.get().isEmpty()) {
            folder.set(runDirs.apply("report").toString());
        }
        message.set("");
        updateSummary();
    }

    private String render(ReportWriter writer) {
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void updateSummary() {
        if (report == null) {
            summary.set("needs a before/after run");
        } else if (!written.isEmpty()) {
            summary.set("exported " + written.size() + (written.size() == 1 ? " file" : " files"));
        } else {
            summary.set(report.failure() == null ? "ready to export" : "ready (run failed)");
        }
    }

    public BooleanProperty htmlProperty() {
        return html;
    }

    public BooleanProperty markdownProperty() {
        return markdown;
    }

    public BooleanProperty jsonProperty() {
        return json;
    }

    /** Where the report goes; a fresh folder of the session by default. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** The Markdown report, as it will be written. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<Path> written() {
        return writtenView;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public boolean canOpenFolder() {
        return folderOpener != null;
    }

    @Override
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public boolean canExport() {
        return report != null && !exporting.get();
    }

    public void export() {
        if (!canExport()) {
            return;
        }
        List<ReportWriter> writers = new ArrayList<>();
        if (html.get()) {
            writers.add(new HtmlReportWriter());
        }
        if (markdown.get()) {
            writers.add(new MarkdownReportWriter());
        }
        if (json.get()) {
            writers.add(new JsonReportWriter());
        }
        if (writers.isEmpty()) {
            message.set("Choose at least one format.");
            return;
        }
        Path dir = Path.of(folder.get().isBlank() ? runDirs.apply("report").toString() : folder.get().trim());
        MigrationReport exported = report;
        exporting.set(true);
        message.set("writing...");
        tasks.execute(BackgroundTask.of("Exporting the report", progress -> new ReportExporter(writers).export(exported, dir))
            .onSuccess(files -> {
                message.set("wrote " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " into " + dir);
                workbench.exported(files);
            })
            .onFailure(e -> message.set("Could not write the report: " + e.getMessage()))
            .onFinished(() -> exporting.set(false)));
    }

    public void openFolder() {
        Path dir = written.isEmpty() ? Path.of(folder.get()) : written.get(0).getParent();
        if (folderOpener != null && Files.isDirectory(dir)) {
            folderOpener.accept(dir);
        }
    }

    /** Opens folders with xdg-open when the desktop has it; null otherwise. */
    public static Consumer<Path> desktopFolderOpener() {
        String path = System.getenv("PATH");
        if (path == null || System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "xdg-open"))) {
                return folder -> {
                    try {
                        new ProcessBuilder("xdg-open", folder.toString()).inheritIO().start();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
            }
        }
        return null;
    }
}
