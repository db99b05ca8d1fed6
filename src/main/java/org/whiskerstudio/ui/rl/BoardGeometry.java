package org.whiskerstudio.ui.rl;

import java.util.OptionalInt;

/**
 * Where the nine cells of a noughts &amp; crosses board fall on a canvas: the largest square that fits with a margin,
 * centred. Cells are numbered 0 to 8 row by row, as {@code rl.Board} numbers them.
 */
record BoardGeometry(double left, double top, double side) {
    static final double MARGIN = 6;

    static BoardGeometry fit(double width, double height) {
        double side = Math.max(0, Math.min(width, height) - 2 * MARGIN);
        return new BoardGeometry((width - side) / 2, (height - side) / 2, side);
    }

    double cellSize() {
        return side / 3;
    }

    double cellLeft(int cell) {
        return left + (cell % 3) * cellSize();
    }

    double cellTop(int cell) {
        return top + (cell / 3) * cellSize();
    }

    double centreX(int cell) {
        return cellLeft(cell) + cellSize() / 2;
    }

    double centreY(int cell) {
        return cellTop(cell) + cellSize() / 2;
    }

    /** The cell under a point, none outside the board. */
    OptionalInt cellAt(double x, double y) {
        if (side <= 0 || x < left || y < top || x >= left + side || y >= top + side) {
            return OptionalInt.empty();
        }
        int col = (int) ((x - left) / cellSize());
        int row = (int) ((y - top) / cellSize());
        return OptionalInt.of(Math.min(2, row) * 3 + Math.min(2, col));
    }
}
