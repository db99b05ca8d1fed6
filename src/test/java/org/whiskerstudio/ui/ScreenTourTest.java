package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.ui.shell.ShellViewModel;

/**
 * Walks the Data screen as a user would while an import runs: progress and Cancel while it runs, the problems
 * button and list after it. Saves what it sees to {@code target/screenshots} for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    Path temp;
    private ShellViewModel model;
    private ShellHarness shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        shell = ShellHarness.show(stage, Files.createTempDirectory("tour"));
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void importShowsProgressAndCancelThenItsProblems(FxRobot robot) throws Exception {
        Path data = temp.resolve("photos");
        ShellViewTest.writeImages(data, "photo", 400);
        Files.write(data.resolve("zero bytes.jpg"), new byte[0]);
        Files.writeString(data.resolve("notes.txt"), "not an image");
        robot.interact(() -> model.createProject(temp.resolve("tour project"), "Tour"));
        waitUntil(() -> model.session().isPresent());

        robot.interact(() -> model.library().startImport(ImportRequest.of(List.of(data))));
        boolean sawRunning = waitFor(() -> model.library().importRunningProperty().get()
                && model.library().importProgressProperty().get() > 0);
        if (sawRunning) {
            Button cancel = robot.lookup("#import-cancel").queryButton();
            assertTrue(cancel.isVisible(), "Cancel shows while importing");
            save(robot, stage.getScene().getRoot(), "data-importing.png");
        }
        waitUntil(() -> !model.library().importRunningProperty().get());
        Button problems = robot.lookup("#import-problems").queryButton();
        assertTrue(problems.isVisible());
        assertEquals("Show 2 problems...", problems.getText());
        save(robot, stage.getScene().getRoot(), "data-imported.png");

        robot.clickOn(problems);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TableView<?> table = robot.from(pane).lookup(".table-view").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        save(robot, pane, "data-import-problems.png");
        robot.interact(() -> pane.getScene().getWindow().hide());

        robot.clickOn("#nav-train");
        save(robot, stage.getScene().getRoot(), "train-unavailable.png");
        robot.clickOn("#nav-evaluate");
        save(robot, stage.getScene().getRoot(), "evaluate-no-runs.png");
    }

    private static void save(FxRobot robot, Node node, String name) throws IOException {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(node).getImage(), null), "png",
                SHOTS.resolve(name).toFile());
    }

    private static boolean waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        assertTrue(waitFor(condition), "condition not met within 20 s");
    }
}
