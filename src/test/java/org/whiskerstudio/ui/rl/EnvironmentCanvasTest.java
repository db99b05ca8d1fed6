package org.whiskerstudio.ui.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whiskerstudio.rl.EnvironmentView.BoardView;
import org.whiskerstudio.rl.EnvironmentView.CartView;
import org.whiskerstudio.ui.common.Theme;

/** The renderers in a window: what lands on which pixels, and following the window's size. */
@ExtendWith(ApplicationExtension.class)
class EnvironmentCanvasTest {
    private Stage stage;
    private EnvironmentCanvas canvas;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        canvas = new EnvironmentCanvas();
        stage.setScene(new Scene(new StackPane(canvas), 312, 212));
        stage.show();
    }

    private WritableImage shot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas.canvas().snapshot(null, null)).get();
    }

    /** The board as laid out on the canvas now (the shared test stage may keep an earlier test's size). */
    private BoardGeometry board() {
        return BoardGeometry.fit(canvas.canvas().getWidth(), canvas.canvas().getHeight());
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void aWonBoardShowsItsMarksAndTheWinningLine() throws Exception {
        // X on the diagonal 0-4-8, O on 1 and 2.
        WaitForAsyncUtils.asyncFx(() -> canvas.show(new BoardView(List.of(1, -1, -1, 0, 1, 0, 0, 0, 1), 1))).get();
        WritableImage image = shot();
        BoardGeometry at = board();
        Color onLine = image.getPixelReader().getColor((int) at.centreX(4), (int) at.centreY(4));
        assertTrue(near(Theme.colours().highlight(), onLine), "the line crosses the centre: " + onLine);
        Color nought = image.getPixelReader().getColor((int) (at.centreX(1) + at.cellSize() * 0.3),
                (int) at.centreY(1));
        assertTrue(near(BoardPainter.NOUGHT, nought), "the O's ring: " + nought);
        Color free = image.getPixelReader().getColor((int) at.centreX(3), (int) at.centreY(3));
        assertTrue(near(Theme.colours().surface(), free), "a free cell is empty: " + free);
    }

    @Test
    void valuesPaintFreeCellsAndPointsFindCells() throws Exception {
        BoardView empty = new BoardView(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), 1);
        WaitForAsyncUtils.asyncFx(() -> canvas.showBoard(new BoardPicture(empty, Map.of(3, 1.0), true))).get();
        WritableImage image = shot();
        BoardGeometry at = board();
        Color cell = image.getPixelReader().getColor((int) at.cellLeft(3) + 4, (int) at.centreY(3) + 20);
        assertTrue(near(BoardPainter.heatColour(1, Theme.colours().surface()), cell), "heat: " + cell);
        assertEquals(OptionalInt.of(3), canvas.cellAt(at.centreX(3), at.centreY(3)));
    }

    @Test
    void theCartAndPoleFollowTheViewAndTheCanvasFollowsTheWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> canvas.show(new CartView(1.0, 0.2, 2.4))).get();
        WritableImage image = shot();
        CartGeometry at = CartGeometry.fit(canvas.canvas().getWidth(), canvas.canvas().getHeight(), 2.4);
        double midX = (at.xOf(1.0) + at.tipX(1.0, 0.2)) / 2;
        double midY = (at.pivotY() + at.tipY(0.2)) / 2;
        Color pole = image.getPixelReader().getColor((int) Math.round(midX), (int) Math.round(midY));
        assertTrue(near(CartPainter.POLE, pole), "half way up the pole: " + pole);
        assertEquals(OptionalInt.empty(), canvas.cellAt(150, 100), "no cells on a cart-pole");

        double before = canvas.canvas().getWidth();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(stage.getWidth() + 150)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.canvas().getWidth() > before + 100, "grown with the window: " + before + " -> "
                + canvas.canvas().getWidth());
    }
}
