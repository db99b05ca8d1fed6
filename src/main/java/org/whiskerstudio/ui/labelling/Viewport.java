package org.whiskerstudio.ui.labelling;

import javafx.geometry.Point2D;
import org.whiskerstudio.labelling.Point;

/** The canvas's zoom and pan: how image pixels map to screen points. */
final class Viewport {
    private static final double MIN_SCALE = 0.01;
    private static final double MAX_SCALE = 40;
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    /** Shows the whole image centred in the area, with a thin margin. */
    void fit(double width, double height, double imageWidth, double imageHeight) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        scale = Math.min(w / imageWidth, h / imageHeight) * 0.98;
        offsetX = (w - imageWidth * scale) / 2;
        offsetY = (h - imageHeight * scale) / 2;
    }

    /** Zooms keeping the image point under the screen point (sx, sy) where it is. */
    void zoomAbout(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double f = next / scale;
        offsetX = sx - (sx - offsetX) * f;
        offsetY = sy - (sy - offsetY) * f;
        scale = next;
    }

    void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    double scale() {
        return scale;
    }

    double offsetX() {
        return offsetX;
    }

    double offsetY() {
        return offsetY;
    }

    Point toImage(double sx, double sy) {
        return new Point((sx - offsetX) / scale, (sy - offsetY) / scale);
    }

    Point2D toScreen(double ix, double iy) {
        return new Point2D(ix * scale + offsetX, iy * scale + offsetY);
    }
}
