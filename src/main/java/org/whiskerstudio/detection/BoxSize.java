package org.whiskerstudio.detection;

/** A box's width and height without its position: what anchor boxes are made of. */
public record BoxSize(double width, double height) {
    public BoxSize {
        if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a box size must be positive and finite, got " + width + " x " + height);
        }
    }

    public double area() {
        return width * height;
    }

    /** IoU of the two sizes placed on the same centre, the distance k-means uses for anchors (YOLOv2). */
    public double iou(BoxSize other) {
        double intersection = Math.min(width, other.width) * Math.min(height, other.height);
        return intersection / (area() + other.area() - intersection);
    }

    public BoxSize scaled(double factor) {
        return new BoxSize(width * factor, height * factor);
    }
}
