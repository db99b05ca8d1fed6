package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/**
 * How an image fits the detector's square input without distortion, with the arithmetic of
 * {@code dataset.ImageResizer}'s letterbox, so boxes land on the pixels the network sees: the image is drawn at
 * round(side x size / longer side) pixels a side (at least 1), at whole-pixel offsets (size - drawn) / 2 (integer
 * division), the rest black. Maps boxes both ways.
 */
public record Letterbox(int imageWidth, int imageHeight, int size) {
    public Letterbox {
        if (imageWidth < 1 || imageHeight < 1 || size < 1) {
            throw new IllegalArgumentException("sizes must be positive: image " + imageWidth + " x " + imageHeight
                    + ", input " + size);
        }
    }

    private double fit() {
        return (double) size / Math.max(imageWidth, imageHeight);
    }

    /** The image's width on the input, in whole pixels. */
    public int drawnWidth() {
        return Math.max(1, Math.min(size, (int) Math.round(imageWidth * fit())));
    }

    /** The image's height on the input, in whole pixels. */
    public int drawnHeight() {
        return Math.max(1, Math.min(size, (int) Math.round(imageHeight * fit())));
    }

    /** The left padding in input pixels. */
    public int offsetX() {
        return (size - drawnWidth()) / 2;
    }

    /** The top padding in input pixels. */
    public int offsetY() {
        return (size - drawnHeight()) / 2;
    }

    /** A box in image pixels as it lies on the square input. */
    public Box toInput(Box box) {
        double sx = (double) drawnWidth() / imageWidth;
        double sy = (double) drawnHeight() / imageHeight;
        return new Box(box.x1() * sx + offsetX(), box.y1() * sy + offsetY(), box.x2() * sx + offsetX(),
                box.y2() * sy + offsetY());
    }

    /** A box on the input back in image pixels, clipped to the image (a prediction may reach into the padding). */
    public Box toImage(Box box) {
        double sx = (double) drawnWidth() / imageWidth;
        double sy = (double) drawnHeight() / imageHeight;
        return new Box((box.x1() - offsetX()) / sx, (box.y1() - offsetY()) / sy, (box.x2() - offsetX()) / sx,
                (box.y2() - offsetY()) / sy).clippedTo(imageWidth, imageHeight);
    }
}
