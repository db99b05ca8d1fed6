package org.whiskerstudio.ui.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Where cells, the cart and the pole land on a canvas, and the keypad layout over the board. */
class GeometryTest {
    @Test
    void theBoardIsTheLargestCentredSquareAndPointsFindTheirCell() {
        BoardGeometry at = BoardGeometry.fit(312, 212);
        assertEquals(200, at.side(), 1e-9);
        assertEquals(56, at.left(), 1e-9);
        assertEquals(6, at.top(), 1e-9);
        assertEquals(OptionalInt.of(0), at.cellAt(57, 7));
        assertEquals(OptionalInt.of(4), at.cellAt(156, 106));
        assertEquals(OptionalInt.of(8), at.cellAt(255.9, 205.9));
        assertEquals(OptionalInt.of(5), at.cellAt(at.centreX(5), at.centreY(5)));
        assertEquals(OptionalInt.empty(), at.cellAt(55, 100), "left of the board");
        assertEquals(OptionalInt.empty(), at.cellAt(100, 206), "below it");
    }

    @Test
    void theTrackSpansTheWidthAndThePoleLeansClockwiseAtItsAngle() {
        CartGeometry at = CartGeometry.fit(584, 400, 2.4);
        assertEquals(100, at.pixelsPerMetre(), 1e-9, "560 px for the 4.8 m track and a cart's width past each end");
        assertEquals(52, at.xOf(-2.4), 1e-9);
        assertEquals(532, at.xOf(2.4), 1e-9);
        assertTrue(at.xOf(2.45) + at.cartWidth() / 2 < 584 - CartGeometry.MARGIN, "a cart just off the end is seen");
        assertEquals(100, at.poleLength(), 1e-9, "one metre at the track's scale");
        double theta = Math.toRadians(30);
        assertEquals(at.xOf(1) + 50, at.tipX(1, theta), 1e-9, "leaning right for a positive angle");
        assertEquals(at.pivotY() - 100 * Math.cos(theta), at.tipY(theta), 1e-9);
    }

    @Test
    void aFlatCanvasShortensThePoleSoItStaysInside() {
        CartGeometry at = CartGeometry.fit(584, 100, 2.4);
        assertTrue(at.poleLength() < at.pixelsPerMetre(), "shortened");
        assertTrue(at.tipY(0) >= 0, "the upright tip is on the canvas");
    }

    @Test
    void theKeypadsTopRowIsTheBoardsTopRow() {
        assertEquals(OptionalInt.of(0), NumpadKeys.cellOf(7));
        assertEquals(OptionalInt.of(2), NumpadKeys.cellOf(9));
        assertEquals(OptionalInt.of(4), NumpadKeys.cellOf(5));
        assertEquals(OptionalInt.of(6), NumpadKeys.cellOf(1));
        assertEquals(OptionalInt.of(8), NumpadKeys.cellOf(3));
        assertEquals(OptionalInt.empty(), NumpadKeys.cellOf(0));
        for (int cell = 0; cell < 9; cell++) {
            assertEquals(OptionalInt.of(cell), NumpadKeys.cellOf(NumpadKeys.digitOf(cell)));
        }
    }

    @Test
    void goodCellsAreGreenerAndBadOnesRedderTheSurerTheValue() {
        Color surface = Color.WHITE;
        Color sure = BoardPainter.heatColour(1, surface);
        Color unsure = BoardPainter.heatColour(0.2, surface);
        Color bad = BoardPainter.heatColour(-1, surface);
        assertTrue(sure.getGreen() > sure.getRed() && sure.getRed() < unsure.getRed(), "green, deeper when sure");
        assertTrue(bad.getRed() > bad.getGreen(), "red for a loss");
        assertEquals(sure, BoardPainter.heatColour(7, surface), "a network's value beyond 1 is clamped");
        assertEquals(surface, BoardPainter.heatColour(0, surface), "a draw left plain");
    }
}
