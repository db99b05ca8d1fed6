package org.whiskerstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wait overlay over a screen, and the dialog that names a written file, in a headless window. */
@ExtendWith(ApplicationExtension.class)
class ProgressOverlayTest {
    /** Delays that run when the test says the time has passed. */
    private static final class ManualDelay implements UiDelay {
        final List<Runnable> due = new ArrayList<>();
        final List<Duration> asked = new ArrayList<>();

        @Override
        public Pending after(Duration delay, Runnable action) {
            asked.add(delay);
            due.add(action);
            return () -> due.remove(action);
        }

        void elapse() {
            List.copyOf(due).forEach(Runnable::run);
            due.clear();
        }
    }

    private final ManualDelay delay = new ManualDelay();
    private final SimpleBooleanProperty waiting = new SimpleBooleanProperty();
    private final SimpleStringProperty message = new SimpleStringProperty("Opening the Fashion sample...");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final List<String> cancelled = new ArrayList<>();
    private ProgressOverlay overlay;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        overlay = new ProgressOverlay(delay, waiting, message, progress, Optional.of(() -> cancelled.add("cancel")));
        stage.setScene(new Scene(new StackPane(new Label("screen"), overlay.node()), 600, 400));
        stage.show();
    }

    @Test
    void aWaitShowsOnlyOnceItHasLastedASecond(FxRobot robot) {
        robot.interact(() -> waiting.set(true));
        assertFalse(overlay.isShowing(), "not at once: quick work would flash it");
        assertEquals(List.of(ProgressOverlay.SHOW_AFTER), delay.asked);

        robot.interact(delay::elapse);

        assertTrue(overlay.isShowing());
        assertEquals("Opening the Fashion sample...", robot.lookup("#wait-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#wait-progress").queryAs(ProgressBar.class).isIndeterminate(), "amount unknown");
    }

    @Test
    void aWaitThatEndsWithinASecondShowsNothing(FxRobot robot) {
        robot.interact(() -> {
            waiting.set(true);
            waiting.set(false);
            delay.elapse();
        });

        assertFalse(overlay.isShowing());
    }

    @Test
    void theOverlayFollowsProgressAndGoesWhenTheWaitEnds(FxRobot robot) {
        robot.interact(() -> {
            waiting.set(true);
            delay.elapse();
            progress.set(0.25);
        });
        assertEquals(0.25, robot.lookup("#wait-progress").queryAs(ProgressBar.class).getProgress(), 1e-9);

        robot.interact(() -> waiting.set(false));

        assertFalse(overlay.isShowing());
    }

    @Test
    void cancelCallsTheWorkOff(FxRobot robot) {
        robot.interact(() -> {
            waiting.set(true);
            delay.elapse();
        });

        robot.clickOn("#wait-cancel");

        assertEquals(List.of("cancel"), cancelled);
    }

    @Test
    void aWrittenFileIsNamedInFullAndOpenFolderOpensItsFolderLeavingTheDialogUp(FxRobot robot) {
        List<Path> opened = new ArrayList<>();
        Path file = Path.of("exports", "LeNet-1.whisker-model.zip");
        Alert[] alert = new Alert[1];
        robot.interact(() -> alert[0] = Dialogs.written(stage, "Export finished", "Exported LeNet-1.whisker-model.zip.",
                file, opened::add));

        assertEquals(file.toAbsolutePath().toString(), robot.lookup("#written-path").queryAs(TextField.class).getText());
        robot.interact(() -> ((Button) alert[0].getDialogPane().lookupButton(alert[0].getButtonTypes().get(0))).fire());

        assertEquals(List.of(file.toAbsolutePath().getParent()), opened);
        assertTrue(alert[0].isShowing(), "the path stays to be read or copied");
        robot.interact(() -> ((Button) alert[0].getDialogPane().lookupButton(ButtonType.OK)).fire());
    }
}
