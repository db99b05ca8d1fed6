package org.whiskerstudio.detection;

import org.whiskerstudio.labelling.Shape.Box;

/** Areas and overlaps of boxes in continuous pixel coordinates (COCO's convention: no "+1" on widths). */
public final class Boxes {
    private Boxes() {
    }

    public static double area(Box box) {
        return box.width() * box.height();
    }

    /** Intersection over union; 0 when the union is empty (two boxes of no area). */
    public static double iou(Box a, Box b) {
        double w = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double h = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        double union = area(a) + area(b) - intersection;
        return union <= 0 ? 0 : intersection / union;
    }
}
