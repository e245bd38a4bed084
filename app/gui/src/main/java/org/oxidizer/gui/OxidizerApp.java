package org.oxidizer.gui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.oxidizer.core.live.AgentLiveSession;
import org.oxidizer.core.target.Target;
import org.oxidizer.core.task.ThreadPoolTaskExecutor;
import org.oxidizer.gui.compare.CompareView;
import org.oxidizer.gui.compare.CompareViewModel;
import org.oxidizer.gui.hotspots.HotspotsView;
import org.oxidizer.gui.hotspots.HotspotsViewModel;
import org.oxidizer.gui.migrate.LaunchSwapMigrationService;
import org.oxidizer.gui.migrate.LiveMigrateViewModel;
import org.oxidizer.gui.migrate.MigrateView;
import org.oxidizer.gui.migrate.MigrateViewModel;
import org.oxidizer.gui.migrate.Ticker;
import org.oxidizer.gui.model.Workbench;
import org.oxidizer.gui.profile.AgentProfilingService;
import org.oxidizer.gui.profile.ProfileView;
import org.oxidizer.gui.profile.ProfileViewModel;
import org.oxidizer.gui.report.ReportView;
import org.oxidizer.gui.report.ReportViewModel;
import org.oxidizer.gui.session.SessionStore;
import org.oxidizer.gui.session.SessionsViewModel;
import org.oxidizer.gui.target.TargetView;
import org.oxidizer.gui.target.TargetViewModel;
import org.oxidizer.gui.task.TaskMonitor;
import org.oxidizer.kernels.catalog.KernelCatalog;

/**
 * The composition root: view models over the core's services, their views, the window. Starts with the
 * headline sample chosen, ready to profile (F5).
 */
public final class OxidizerApp extends Application {

    private static final String THEME_KEY = "theme";

    private TaskMonitor tasks;
    private ProfileViewModel profile;
    private SessionsViewModel sessions;
    private MainViewModel main;
    private LiveMigrateViewModel live;

    @Override
    public void start(Stage stage) {
        tasks = new TaskMonitor(new ThreadPoolTaskExecutor(Platform::runLater));
        // A target we launched must not outlive the workbench, however the workbench ends.
        Runtime.getRuntime().addShutdownHook(new Thread(Target::endLaunchedTargets, "oxidizer-end-targets"));
        Workbench workbench = new Workbench();
        SessionStore store = SessionStore.atDefaultPlace();
        main = new MainViewModel(workbench, tasks);
        Preferences prefs = Preferences.userNodeForPackage(OxidizerApp.class);
        main.setTheme(Theme.valueOf(prefs.get(THEME_KEY, Theme.LIGHT.name())));
        main.themeProperty().addListener((o, was, now) -> prefs.put(THEME_KEY, now.name()));

        TargetViewModel target = new TargetViewModel(workbench, tasks);
        profile = new ProfileViewModel(workbench, tasks, new AgentProfilingService(), Platform::runLater, store::newRunDir);
        HotspotsViewModel hotspots = new HotspotsViewModel(workbench, tasks);
        MigrateViewModel migrate = new MigrateViewModel(workbench, tasks,
            new LaunchSwapMigrationService(KernelCatalog.bundled()), store::newRunDir);
        live = new LiveMigrateViewModel(workbench, tasks, AgentLiveSession::open, Platform::runLater,
            Ticker.daemon("oxidizer-live-counters"), store::newRunDir);
        migrate.followLive(live.headlineProperty());
        CompareViewModel compare = new CompareViewModel(workbench, tasks);
        ReportViewModel report = new ReportViewModel(workbench, tasks, store::newRunDir, ReportViewModel.desktopFolderOpener());
        sessions = new SessionsViewModel(workbench, tasks, store);
        main.register(Step.TARGET, target);
        main.register(Step.PROFILE, profile);
        main.register(Step.HOTSPOTS, hotspots);
        main.register(Step.MIGRATE, migrate);
        main.register(Step.COMPARE, compare);
        main.register(Step.REPORT, report);

        target.setOnChosen(c -> main.select(Step.PROFILE));
        profile.setOnProfiled(r -> main.select(Step.HOTSPOTS));
        migrate.setOnMigrated(o -> main.select(Step.COMPARE));
        sessions.setOnOpened(s -> main.select(s.migration() != null ? Step.COMPARE
            : s.profile() != null ? Step.HOTSPOTS : Step.TARGET));
        sessions.recentTargets().addListener((javafx.collections.ListChangeListener<org.oxidizer.core.target.Target>) c ->
            target.setRecent(sessions.recentTargets()));

        Map<Step, Node> views = new EnumMap<>(Step.class);
        views.put(Step.TARGET, new TargetView(target).root());
        views.put(Step.PROFILE, new ProfileView(profile, workbench, main.themeProperty(), () -> main.select(Step.TARGET)).root());
        HotspotsView hotspotsView = new HotspotsView(hotspots, main.themeProperty(), () -> main.select(Step.PROFILE));
        views.put(Step.HOTSPOTS, hotspotsView.root());
        views.put(Step.MIGRATE, new MigrateView(migrate, live, workbench, main.themeProperty()).root());
        CompareView compareView = new CompareView(compare, main.themeProperty(), () -> main.select(Step.MIGRATE));
        views.put(Step.COMPARE, compareView.root());
        views.put(Step.REPORT, new ReportView(report, () -> main.select(Step.MIGRATE)).root());

        Menus.Actions actions = new Menus.Actions(main, profile, migrate, report, sessions, hotspotsView, compareView,
            this::open, stage::close);
        MainView view = new MainView(main, views, Menus.build(actions, () -> stage));
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        stage.setTitle("Oxidizer");
        stage.setScene(scene);
        stage.show();
        // Ready to run: the headline sample at its small default size.
        target.chooseSample(target.samples().get(0));
    }

    /** Opens a dropped or chosen file: a saved session, or a profile (collapsed stacks or JFR). */
    public void open(Path file) {
        if (file.getFileName().toString().equals(SessionStore.FILE)
            || java.nio.file.Files.isRegularFile(file.resolve(SessionStore.FILE))) {
            sessions.open(file);
        } else {
            profile.openFile(file);
        }
    }

    /** Opens a profile file as if it had been dropped on the window. */
    public void openProfile(Path file) {
        profile.openFile(file);
    }

    /** Adds a kernel jar of one's own to the Migrate step's catalog, as its "Kernel jars…" button does. */
    public void addKernelJar(Path jar) {
        live.addKernelJar(jar);
    }

    public MainViewModel mainModel() {
        return main;
    }

    @Override
    public void stop() {
        if (live != null) {
            live.close();       // a target launched for the live session ends with the workbench
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
