package org.whiskerstudio.ui.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The play board in a window: a click plays and the agent answers, the keypad digits play, Undo takes back. */
@ExtendWith(ApplicationExtension.class)
class PlayViewTest {
    private PlayViewModel model;
    private PlayView view;

    @Start
    void start(Stage stage) {
        model = new PlayViewModel(Agents.firstFree());
        view = new PlayView(model);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 520, 520));
        stage.show();
    }

    private void clickCell(FxRobot robot, int cell) {
        EnvironmentCanvas board = robot.lookup("#play-board").queryAs(EnvironmentCanvas.class);
        BoardGeometry at = BoardGeometry.fit(board.getWidth(), board.getHeight());
        Bounds screen = board.localToScreen(board.getBoundsInLocal());
        robot.clickOn(screen.getMinX() + at.centreX(cell), screen.getMinY() + at.centreY(cell));
    }

    @Test
    void aClickPlaysTheAgentAnswersAndKeypadDigitsPlayToo(FxRobot robot) throws Exception {
        clickCell(robot, 4);
        assertEquals(List.of(-1, 0, 0, 0, 1, 0, 0, 0, 0), model.boardProperty().get().cells());
        assertEquals(7, model.valuesProperty().get().size(), "the heat map over the seven free cells");
        robot.type(KeyCode.DIGIT1);
        assertEquals(1, model.boardProperty().get().cells().get(6), "1 is the bottom left cell");
        assertEquals(-1, model.boardProperty().get().cells().get(1), "and the agent answered");
        save(robot);
        robot.type(KeyCode.NUMPAD9);
        assertEquals("You win", robot.lookup("#play-status").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#play-tally").queryAs(Label.class).getText().startsWith("1 game: you won 1"));

        robot.clickOn("#play-undo");
        assertEquals(0, model.boardProperty().get().cells().get(2), "the winning move taken back");
        assertEquals("Your move: you play X", robot.lookup("#play-status").queryAs(Label.class).getText());
        robot.clickOn("#play-second");
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0, 0, 0), model.boardProperty().get().cells(), "the agent opened");
        assertTrue(robot.lookup("#play-undo").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.DIGIT7);
        assertFalse(model.boardProperty().get().cells().stream().filter(c -> c == -1).findAny().isPresent(),
                "7 is the agent's cell: nothing played");
    }

    private void save(FxRobot robot) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        var image = WaitForAsyncUtils.asyncFx(() -> view.node().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("play-board.png").toFile());
    }
}
