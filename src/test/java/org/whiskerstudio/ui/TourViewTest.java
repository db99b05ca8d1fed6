package org.whiskerstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.ui.shell.ShellViewModel;

/** The guided tour in the real window: started from the welcome screen, walked, closed with Esc, remembered. */
@ExtendWith(ApplicationExtension.class)
class TourViewTest {
    @TempDir
    static Path temp;
    private ShellViewModel model;
    private ShellHarness shell;
    private Path config;

    @Start
    void start(Stage stage) throws IOException {
        shell = ShellHarness.show(stage, Files.createTempDirectory(temp, "run"));
        model = shell.model();
        config = shell.config();
    }

    @AfterEach
    void tearDown() {
        shell.close();
    }

    @Test
    void welcomeButtonStartsTheTourBesideTheDataStageAndEscClosesItForGood(FxRobot robot) {
        Node layer = robot.lookup("#tour").query();
        assertFalse(layer.isVisible(), "no tour until asked (the app starts it on a first run)");

        robot.clickOn("#welcome-tour");
        assertTrue(layer.isVisible());
        assertTrue(robot.lookup("#nav-data").query().getStyleClass().contains("tour-target"));
        Node callout = robot.lookup("#tour-callout").query();
        Node data = robot.lookup("#nav-data").query();
        WaitForAsyncUtils.waitForFxEvents();
        var calloutBounds = callout.localToScene(callout.getLayoutBounds()); // without the drop shadow
        var dataBounds = data.localToScene(data.getLayoutBounds());
        assertTrue(calloutBounds.getMinX() > dataBounds.getMaxX(), "the callout sits right of the rail: " + calloutBounds
                + " / " + dataBounds);
        Node title = robot.lookup("#welcome-title").query();
        var titleBounds = title.localToScene(title.getLayoutBounds());
        assertFalse(calloutBounds.intersects(titleBounds), "the callout leaves the welcome title visible: "
                + calloutBounds + " / " + titleBounds);
        Node newProject = robot.lookup("#welcome-new").query();
        assertFalse(calloutBounds.intersects(newProject.localToScene(newProject.getLayoutBounds())),
                "the callout leaves the New project button visible");

        robot.clickOn("#tour-next");
        assertTrue(robot.lookup("#nav-label").query().getStyleClass().contains("tour-target"));
        assertFalse(robot.lookup("#nav-data").query().getStyleClass().contains("tour-target"));
        assertTrue(robot.lookup("#tour-text").queryAs(Label.class).getText().contains("Tag each image"));

        robot.type(KeyCode.ESCAPE);
        assertFalse(layer.isVisible());
        assertFalse(model.offerTourAtStart());
        assertTrue(new SettingsStore(config).load().tourDone(), "skipping is saved");
    }

    @Test
    void nextStaysInOnePlaceFromTheFirstStepToTheLast(FxRobot robot) {
        robot.interact(() -> model.tour().start());
        Node next = robot.lookup("#tour-next").query();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            var b = next.localToScene(next.getLayoutBounds());
            places.add(Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " " + Math.round(b.getWidth()));
            if (i < 5) {
                robot.clickOn(next);
            }
        }
        assertEquals(1, places.size(), "one place and width for Next/Finish: " + places);
    }

    @Test
    void finishingTheLastStepClosesTheTour(FxRobot robot) {
        robot.interact(() -> model.tour().start());
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#tour-next");
        }
        assertFalse(robot.lookup("#tour").query().isVisible());
        assertEquals(true, new SettingsStore(config).load().tourDone());
    }
}
