package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Cell;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.shell.PipelineStage;
import org.whiskerstudio.ui.shell.ShellViewModel;

/** The Data grid's thumbnails act: a double-click opens the image on the Label screen; the menu removes one. */
@ExtendWith(ApplicationExtension.class)
class DataGridActionsTest {
    @TempDir
    Path temp;
    private ShellHarness shell;
    private ShellViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellHarness.show(stage, Files.createTempDirectory("grid"));
        model = shell.model();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void doubleClickOpensTheImageInLabelAndTheMenuRemovesOne(FxRobot robot) {
        Path folder = temp.resolve("grid project");
        try (ProjectStore store = ProjectStore.create(folder, "Grid")) {
            for (int i = 0; i < 4; i++) {
                DatasetFixture.file(store, DatasetFixture.png(16, 16, new Color(40 * i, 90, 200)), "blue");
            }
        }
        robot.interact(() -> model.openProject(folder));
        waitUntil(() -> model.library().images().size() == 4 && robot.lookup(".thumbnail-cell").queryAllAs(Cell.class).stream().filter(c -> c.getItem() != null).count() >= 4);
        ImageAsset third = model.library().images().get(2);

        robot.doubleClickOn(cellShowing(robot, third), MouseButton.PRIMARY);
        waitUntil(() -> model.stageProperty().get() == PipelineStage.LABEL
                && model.labelling().currentProperty().get().map(ImageAsset::id).orElse(-1L) == third.id());

        robot.interact(() -> model.showStage(PipelineStage.DATA));
        // The cell's own menu (headless glass sends no context-menu event for a right click); fired later, as a
        // click would, since the confirmation waits for an answer.
        MenuItem remove = cellShowing(robot, third).getContextMenu().getItems().stream()
                .filter(i -> "Remove from project...".equals(i.getText())).findFirst().orElseThrow();
        Platform.runLater(remove::fire);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(ask.getHeaderText().contains(third.fileName()), ask.getHeaderText());
        robot.clickOn((Button) ask.lookupButton(ButtonType.OK));
        waitUntil(() -> model.library().images().size() == 3);
        assertTrue(model.library().images().stream().noneMatch(i -> i.id() == third.id()));
        assertEquals(3, model.library().totalImagesProperty().get());
    }

    private static Cell<?> cellShowing(FxRobot robot, ImageAsset image) {
        return robot.lookup(".thumbnail-cell").queryAllAs(Cell.class).stream()
                .filter(c -> c.getItem() instanceof ImageAsset a && a.id() == image.id()).findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            assertTrue(false, "condition not met within 20 s");
        }
    }
}
