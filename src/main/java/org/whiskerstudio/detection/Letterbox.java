package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/**
 * How an image fits the detector's square input without distortion: scaled by {@code size / max(width, height)} and
 * centred, the rest of the square padded. Maps boxes both ways.
 */
public record Letterbox(int imageWidth, int imageHeight, int size) {
    public Letterbox {
        if (imageWidth < 1 || imageHeight < 1 || size < 1) {
            throw new IllegalArgumentException("sizes must be positive: image " + imageWidth + " x " + imageHeight
                    + ", input " + size);
        }
    }

    public double scale() {
        return (double) size / Math.max(imageWidth, imageHeight);
    }

    /** The left padding in input pixels. */
    public double offsetX() {
        return (size - imageWidth * scale()) / 2;
    }

    /** The top padding in input pixels. */
    public double offsetY() {
        return (size - imageHeight * scale()) / 2;
    }

    /** A box in image pixels as it lies on the square input. */
    public Box toInput(Box box) {
        double s = scale();
        return new Box(box.x1() * s + offsetX(), box.y1() * s + offsetY(), box.x2() * s + offsetX(),
                box.y2() * s + offsetY());
    }

    /** A box on the input back in image pixels, clipped to the image (a prediction may reach into the padding). */
    public Box toImage(Box box) {
        double s = scale();
        return new Box((box.x1() - offsetX()) / s, (box.y1() - offsetY()) / s, (box.x2() - offsetX()) / s,
                (box.y2() - offsetY()) / s).clippedTo(imageWidth, imageHeight);
    }
}
