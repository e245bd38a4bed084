package org.oxidizer.gui;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Takes a screenshot of each step as it is now: {@code GuiShots OUTDIR [step-ids...]}; for looking, not testing. */
public final class GuiShots {

    public static void main(String[] args) throws Exception {
        HeadlessFx.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/shots");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(OxidizerApp.class);
        FxRobot robot = new FxRobot();
        Thread.sleep(1500);
        Scene scene = stage.getScene();
        for (int i = 1; i < args.length; i++) {
            String action = args[i];
            if (action.startsWith("click:")) {
                robot.clickOn(action.substring(6));
                Thread.sleep(500);
            } else if (action.startsWith("wait:")) {
                Thread.sleep(Long.parseLong(action.substring(5)));
            } else if (action.startsWith("shot:")) {
                Snapshots.write(scene.getRoot(), out.resolve(action.substring(5) + ".png"));
            }
        }
        Snapshots.write(scene.getRoot(), out.resolve("last.png"));
        FxToolkit.cleanupStages();
        System.exit(0);
    }
}
