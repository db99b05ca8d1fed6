package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/**
 * The grid of a YOLOv2-style detector over its square input: {@code grid} x {@code grid} cells of
 * {@code inputSize / grid} pixels, each predicting one box per anchor for {@code classes} classes.
 */
public record YoloGrid(int inputSize, int grid, int classes) {
    public YoloGrid {
        if (grid < 1 || inputSize < grid || classes < 1) {
            throw new IllegalArgumentException("a grid needs 1 <= grid <= input size and a class, got grid " + grid
                    + ", input " + inputSize + ", classes " + classes);
        }
    }

    /** A cell's column and row. */
    public record Cell(int x, int y) {
    }

    public double cellSize() {
        return (double) inputSize / grid;
    }

    /** The cell holding the box's centre (a centre on the far edge belongs to the last cell). */
    public Cell cellOf(Box inputBox) {
        double cx = (inputBox.x1() + inputBox.x2()) / 2 / cellSize();
        double cy = (inputBox.y1() + inputBox.y2()) / 2 / cellSize();
        return new Cell(clamp((int) Math.floor(cx)), clamp((int) Math.floor(cy)));
    }

    private int clamp(int cell) {
        return Math.max(0, Math.min(grid - 1, cell));
    }

    /** The box in grid units (input pixels divided by the cell size), as the label tensor holds it. */
    public Box inGridUnits(Box inputBox) {
        double c = cellSize();
        return new Box(inputBox.x1() / c, inputBox.y1() / c, inputBox.x2() / c, inputBox.y2() / c);
    }

    /** A box in grid units back in input pixels. */
    public Box inInputPixels(Box gridBox) {
        double c = cellSize();
        return new Box(gridBox.x1() * c, gridBox.y1() * c, gridBox.x2() * c, gridBox.y2() * c);
    }

    /** Values per cell in the label: 4 corners and a one-hot class. */
    public int labelChannels() {
        return 4 + classes;
    }

    /** Values per cell in the network's output: per anchor x, y, w, h, confidence and the class probabilities. */
    public int outputChannels(int anchors) {
        return anchors * (5 + classes);
    }
}
