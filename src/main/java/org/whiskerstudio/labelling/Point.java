package org.whiskerstudio.labelling;

/** A point in image pixel coordinates: x to the right, y down, (0, 0) at the top-left corner of the image. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite numbers, got (" + x + ", " + y + ")");
        }
    }

    public Point clippedTo(double width, double height) {
        return new Point(Math.max(0, Math.min(width, x)), Math.max(0, Math.min(height, y)));
    }
}
