package org.oxidizer.gui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.oxidizer.core.task.ThreadPoolTaskExecutor;
import org.oxidizer.gui.hotspots.HotspotsView;
import org.oxidizer.gui.hotspots.HotspotsViewModel;
import org.oxidizer.gui.model.StepModel;
import org.oxidizer.gui.model.Workbench;
import org.oxidizer.gui.profile.AgentProfilingService;
import org.oxidizer.gui.profile.ProfileView;
import org.oxidizer.gui.profile.ProfileViewModel;
import org.oxidizer.gui.target.TargetView;
import org.oxidizer.gui.target.TargetViewModel;
import org.oxidizer.gui.task.TaskMonitor;

/** The composition root: builds the view models over the core's services, then the views, then the window. */
public final class OxidizerApp extends Application {

    private TaskMonitor tasks;
    private ProfileViewModel profileModel;

    /** Opens a profile file as if it had been dropped on the window. */
    public void openProfile(Path file) {
        profileModel.openFile(file);
    }

    @Override
    public void start(Stage stage) {
        tasks = new TaskMonitor(new ThreadPoolTaskExecutor(Platform::runLater));
        // A target we launched must not outlive the workbench, however the workbench ends.
        Runtime.getRuntime().addShutdownHook(new Thread(
            () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy), "oxidizer-end-targets"));
        Workbench workbench = new Workbench();
        MainViewModel main = new MainViewModel(workbench, tasks);
        Path sessionDir = Path.of(System.getProperty("user.home"), ".local", "share", "oxidizer", "sessions",
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        TargetViewModel target = new TargetViewModel(workbench, tasks);
        ProfileViewModel profile = new ProfileViewModel(workbench, tasks, new AgentProfilingService(), Platform::runLater,
            kind -> sessionDir.resolve(kind + "-" + System.currentTimeMillis()));
        HotspotsViewModel hotspots = new HotspotsViewModel(workbench, tasks);
        profileModel = profile;
        main.register(Step.TARGET, target);
        main.register(Step.PROFILE, profile);
        main.register(Step.HOTSPOTS, hotspots);
        for (Step s : new Step[] {Step.MIGRATE, Step.COMPARE, Step.REPORT}) {
            main.register(s, new StepModel() {
                @Override
                public ReadOnlyStringProperty summaryProperty() {
                    return new ReadOnlyStringWrapper("").getReadOnlyProperty();
                }

                @Override
                public ReadOnlyBooleanProperty readyProperty() {
                    return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
                }
            });
        }
        target.setOnChosen(c -> main.select(Step.PROFILE));
        profile.setOnProfiled(r -> main.select(Step.HOTSPOTS));
        Map<Step, Node> views = new EnumMap<>(Step.class);
        views.put(Step.TARGET, new TargetView(target).root());
        views.put(Step.PROFILE, new ProfileView(profile, workbench, main.themeProperty(), () -> main.select(Step.TARGET)).root());
        views.put(Step.HOTSPOTS, new HotspotsView(hotspots, main.themeProperty(), () -> main.select(Step.PROFILE)).root());
        for (Step s : new Step[] {Step.MIGRATE, Step.COMPARE, Step.REPORT}) {
            views.put(s, new Label(s.title()));
        }
        MainView view = new MainView(main, views, new MenuBar());
        stage.setTitle("Oxidizer");
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
