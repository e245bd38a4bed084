package org.oxidizer.gui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Drives the real window and takes screenshots, for looking rather than testing:
 * {@code GuiShots OUTDIR click:#id | drag:#id:FROM:TO[:shift] | dclick:text | type:text | open:FILE | kernels:JAR | until:#id | enabled:#id | wait:MS | bottom:#scrollpane | shot:NAME ...}.
 */
public final class GuiShots {

    public static void main(String[] args) throws Exception {
        HeadlessFx.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/shots");
        Stage stage = FxToolkit.registerPrimaryStage();
        OxidizerApp app = (OxidizerApp) FxToolkit.setupApplication(OxidizerApp.class);
        FxRobot robot = new FxRobot();
        Thread.sleep(1500);
        Scene scene = stage.getScene();
        for (int i = 1; i < args.length; i++) {
            String action = args[i];
            String arg = action.substring(action.indexOf(':') + 1);
            if (action.startsWith("click:")) {
                robot.clickOn(arg);
                Thread.sleep(400);
            } else if (action.startsWith("dclick:")) {
                robot.doubleClickOn(arg);
                Thread.sleep(400);
            } else if (action.startsWith("type:")) {
                robot.write(arg);
                Thread.sleep(400);
            } else if (action.startsWith("move:")) {
                robot.moveTo(arg);
                Thread.sleep(600);
            } else if (action.startsWith("kernels:")) {
                Platform.runLater(() -> app.addKernelJar(Path.of(arg)));
                Thread.sleep(500);
            } else if (action.startsWith("open:")) {
                Platform.runLater(() -> app.openProfile(Path.of(arg)));
                Thread.sleep(3000);
            } else if (action.startsWith("until:")) {
                long end = System.currentTimeMillis() + 300_000;
                while (robot.lookup(arg).tryQuery().isEmpty() && System.currentTimeMillis() < end) {
                    Thread.sleep(500);
                }
                Thread.sleep(1500);
            } else if (action.startsWith("enabled:")) {
                long end = System.currentTimeMillis() + 300_000;
                while (robot.lookup(arg).tryQuery().map(javafx.scene.Node::isDisabled).orElse(true)
                    && System.currentTimeMillis() < end) {
                    Thread.sleep(250);
                }
                Thread.sleep(500);
            } else if (action.startsWith("bottom:")) {
                robot.lookup(arg).tryQuery().ifPresent(n -> Platform.runLater(() -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
                Thread.sleep(600);
            } else if (action.startsWith("drag:")) {
                // drag:#id:FROM:TO[:shift], FROM and TO as fractions of the node's width, at its middle height
                String[] p = arg.split(":");
                javafx.scene.Node node = robot.lookup(p[0]).query();
                javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
                double y = b.getMinY() + b.getHeight() * 0.4;
                if (p.length > 3) {
                    robot.press(javafx.scene.input.KeyCode.SHIFT);
                }
                robot.drag(b.getMinX() + b.getWidth() * Double.parseDouble(p[1]), y, javafx.scene.input.MouseButton.PRIMARY)
                    .dropTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * Double.parseDouble(p[2]), y));
                if (p.length > 3) {
                    robot.release(javafx.scene.input.KeyCode.SHIFT);
                }
                Thread.sleep(1500);
            } else if (action.startsWith("wait:")) {
                Thread.sleep(Long.parseLong(arg));
            } else if (action.startsWith("shot:")) {
                Snapshots.write(scene.getRoot(), out.resolve(arg + ".png"));
            }
        }
        FxToolkit.cleanupStages();
        System.exit(0);
    }
}
