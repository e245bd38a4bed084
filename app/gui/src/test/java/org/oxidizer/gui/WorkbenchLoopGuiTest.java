package org.oxidizer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidizer.core.profile.HotMethodRow;
import org.oxidizer.core.report.SummaryRow;
import org.oxidizer.gui.migrate.CandidateRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole loop on the headline sample, by clicking, as a person would: choose the sample at its smallest
 * size, profile it, find extractAndAggregate on top, run it before/after its swap, compare, export the report;
 * and live: launch it big in the background, verify the kernel on captured calls, swap, see the kernel serve.
 */
class WorkbenchLoopGuiTest {

    @TempDir
    static Path sessions;

    private static javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        HeadlessFx.configure();
        System.setProperty("oxidizer.sessions.dir", sessions.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(OxidizerApp.class);
    }

    @AfterAll
    static void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void profileFindSwapCompareAndExport() throws Exception {
        robot.clickOn("#step-target");
        robot.clickOn("1,000,000 lines").clickOn("200,000 lines");
        robot.clickOn("#use-sample-text-aggregation");
        robot.clickOn("#profile-start");

        waitFor(120, () -> robot.lookup("#hot-methods").tryQuery().isPresent()
            && !robot.lookup("#hot-methods").queryTableView().getItems().isEmpty());
        TableView<HotMethodRow> hot = robot.lookup("#hot-methods").queryTableView();
        String top = hot.getItems().get(0).method();
        assertEquals("org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate", top,
            "the hottest application method of the headline sample");

        robot.clickOn("#step-migrate");
        robot.clickOn("#tab-at-launch");
        robot.clickOn("#migrate-run");
        waitFor(180, () -> robot.lookup("#compare-headline").tryQuery().isPresent()
            && !robot.lookup("#compare-headline").queryAs(Label.class).getText().isEmpty());
        Label headline = robot.lookup("#compare-headline").queryAs(Label.class);
        assertTrue(headline.getText().contains("results identical"), headline.getText());
        TableView<SummaryRow> summary = robot.lookup("#compare-summary").queryTableView();
        assertEquals("wall time", summary.getItems().get(0).metric());

        robot.clickOn("#step-report");
        Path out = sessions.resolve("exported");
        TextField folder = robot.lookup("#report-folder").queryAs(TextField.class);
        robot.doubleClickOn(folder);
        WaitForAsyncUtils.asyncFx(() -> folder.setText(out.toString())).get();
        robot.clickOn("#report-export");
        waitFor(30, () -> Files.isRegularFile(out.resolve("report.json")));
        for (String name : List.of("report.html", "report.md", "report.json")) {
            assertTrue(Files.size(out.resolve(name)) > 500, name + " is written");
        }
        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"identicalResults\" : true") || json.contains("\"identicalResults\":true"), json);
        assertTrue(json.contains("TextAggregation.extractAndAggregate"), "the swapped method is named");
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"), "the HTML report carries its charts");

        waitFor(10, () -> Files.list(sessions).anyMatch(d -> Files.isRegularFile(d.resolve("session.json"))));
    }

    @Test
    void verifiesAndSwapsLiveInTheRunningSample() throws Exception {
        robot.clickOn("#step-migrate");
        robot.clickOn("#tab-live");
        Spinner<Integer> seconds = robot.lookup("#live-seconds").query();
        Spinner<Integer> calls = robot.lookup("#live-calls").query();
        WaitForAsyncUtils.asyncFx(() -> {
            seconds.getValueFactory().setValue(2);
            calls.getValueFactory().setValue(20);
        }).get();
        robot.clickOn("#live-connect");
        waitFor(120, () -> !robot.lookup("#live-verify").query().isDisabled()
            || !robot.lookup("#live-error").queryAs(Label.class).getText().isEmpty());
        assertEquals("", robot.lookup("#live-error").queryAs(Label.class).getText());
        TableView<CandidateRow> candidates = robot.lookup("#live-candidates").queryTableView();
        assertEquals("org.oxidizer.samples.textagg.TextAggregation.extractAndAggregate",
            candidates.getSelectionModel().getSelectedItem().candidate().frame());
        assertTrue(robot.lookup("#live-swap").query().isDisabled(), "no swap before a verification");

        robot.clickOn("#live-verify");
        waitFor(120, () -> !robot.lookup("#live-swap").query().isDisabled()
            || !robot.lookup("#live-error").queryAs(Label.class).getText().isEmpty());
        String verified = robot.lookup("#live-verification").queryAs(Label.class).getText();
        Matcher identical = Pattern.compile("^(\\d+) of (\\d+) captured calls identical").matcher(verified);
        assertTrue(identical.find() && identical.group(1).equals(identical.group(2)), verified);

        robot.clickOn("#live-swap");
        Pattern kernel = Pattern.compile("kernel ([\\d,]+)");
        waitFor(60, () -> {
            Matcher m = kernel.matcher(robot.lookup("#live-counters").queryAs(Label.class).getText());
            return m.find() && Long.parseLong(m.group(1).replace(",", "")) > 0;
        });
        assertTrue(robot.lookup("#live-counters").queryAs(Label.class).getText().contains("swapped"));
        assertEquals("", robot.lookup("#live-error").queryAs(Label.class).getText());
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
