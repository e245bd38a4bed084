package org.oxidizer.gui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.oxidizer.gui.compare.CompareView;
import org.oxidizer.gui.hotspots.HotspotsView;
import org.oxidizer.gui.migrate.MigrateViewModel;
import org.oxidizer.gui.profile.ProfileViewModel;
import org.oxidizer.gui.report.ReportViewModel;
import org.oxidizer.gui.session.SessionsViewModel;

/** The menu bar: every common action with its keyboard shortcut, so both are found in one place. */
final class Menus {

    private Menus() {
    }

    record Actions(MainViewModel main, ProfileViewModel profile, MigrateViewModel migrate, ReportViewModel report,
                   SessionsViewModel sessions, HotspotsView hotspots, CompareView compare, Consumer<Path> openFile,
                   Runnable quit) {
    }

    static MenuBar build(Actions a, java.util.function.Supplier<Window> window) {
        MenuItem open = item("Open profile or session...", "Shortcut+O", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a collapsed-stacks or JFR profile, or a session.json");
            var file = chooser.showOpenDialog(window.get());
            if (file != null) {
                a.openFile().accept(file.toPath());
            }
        });
        Menu recent = new Menu("Reopen session");
        recent.setId("menu-sessions");
        recent.setOnShowing(e -> fillSessions(recent, a.sessions()));
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem export = item("Export report", "Shortcut+E", () -> {
            a.main().select(Step.REPORT);
            a.report().export();
        });
        MenuItem quit = item("Quit", "Shortcut+Q", a.quit());
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem start = item("Start profiling", "F5", () -> {
            a.main().select(Step.PROFILE);
            a.profile().start();
        });
        MenuItem stop = item("Stop profiling (keep samples)", "Shift+F5", a.profile()::stop);
        MenuItem migrate = item("Run before / after", "Shortcut+M", () -> {
            a.main().select(Step.MIGRATE);
            a.migrate().runBeforeAfter();
        });
        Menu run = new Menu("Run", null, start, stop, new SeparatorMenuItem(), migrate);

        Menu view = new Menu("View");
        for (Step step : Step.values()) {
            view.getItems().add(item(step.title(), "Shortcut+" + (step.ordinal() + 1), () -> a.main().select(step)));
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(item("Next step", "Alt+Right", a.main()::next));
        view.getItems().add(item("Previous step", "Alt+Left", a.main()::previous));
        view.getItems().add(item("Search the flame graph", "Shortcut+F", () -> {
            if (a.main().stepProperty().get() == Step.COMPARE) {
                a.compare().diffGraph().focusSearch();
            } else {
                a.main().select(Step.HOTSPOTS);
                a.hotspots().flameGraph().focusSearch();
            }
        }));
        view.getItems().add(new SeparatorMenuItem());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        dark.setSelected(a.main().themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> a.main().setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        a.main().themeProperty().addListener((o, was, now) -> dark.setSelected(now == Theme.DARK));
        view.getItems().add(dark);
        return new MenuBar(file, run, view);
    }

    private static void fillSessions(Menu menu, SessionsViewModel sessions) {
        menu.getItems().clear();
        if (sessions.sessions().isEmpty()) {
            MenuItem none = new MenuItem("(no saved session)");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        sessions.sessions().stream().limit(15).forEach(p -> {
            MenuItem item = new MenuItem(p.getParent().getFileName().toString());
            item.setOnAction(e -> sessions.open(p));
            menu.getItems().add(item);
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
