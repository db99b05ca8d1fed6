package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * One geometric change of an image and its boxes together: an optional horizontal flip, then a scale about the
 * image's centre, then a shift in pixels. Coordinates are continuous (pixel i covers [i, i + 1)), so a box drawn on
 * pixel edges stays on pixel edges under a flip or a whole-pixel shift. A moved box is clipped to the image and kept
 * only if at least {@link #MIN_VISIBLE} of its area is still inside and what is left has a width and height of at
 * least one pixel: a sliver of an object at the edge teaches the detector nothing but noise.
 */
public record BoxTransform(boolean flip, double scale, double dx, double dy) {
    /** The share of a moved box that must stay inside the image for the box to be kept. */
    public static final double MIN_VISIBLE = 0.5;

    public BoxTransform {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("scale must be positive and shifts finite, got " + scale + ", " + dx
                    + ", " + dy);
        }
    }

    public static BoxTransform identity() {
        return new BoxTransform(false, 1, 0, 0);
    }

    /** The box moved with the pixels of a {@code width} x {@code height} image; empty when too little stays inside. */
    public Optional<Box> apply(Box box, int width, int height) {
        double ax = mapX(box.x1(), width);
        double bx = mapX(box.x2(), width);
        double ay = mapY(box.y1(), height);
        double by = mapY(box.y2(), height);
        Box moved = new Box(ax, ay, bx, by);
        Box clipped = moved.clippedTo(width, height);
        double area = Boxes.area(moved);
        if (area <= 0 || clipped.width() < 1 || clipped.height() < 1 || Boxes.area(clipped) < MIN_VISIBLE * area) {
            return Optional.empty();
        }
        return Optional.of(clipped);
    }

    /** Every ground truth moved, in order, those too far outside dropped. */
    public List<GroundTruth> apply(List<GroundTruth> truths, int width, int height) {
        List<GroundTruth> moved = new ArrayList<>();
        for (GroundTruth truth : truths) {
            apply(truth.box(), width, height).ifPresent(b -> moved.add(new GroundTruth(truth.classIndex(), b)));
        }
        return moved;
    }

    /**
     * Moves CHW pixels in place ({@code scratch} holds at least one image and is overwritten): each output pixel
     * centre is mapped back to the source and sampled bilinearly, black outside the source.
     */
    public void apply(float[] pixels, int channels, int width, int height, float[] scratch) {
        int plane = width * height;
        System.arraycopy(pixels, 0, scratch, 0, channels * plane);
        for (int y = 0; y < height; y++) {
            double sy = unmapY(y + 0.5, height) - 0.5;
            for (int x = 0; x < width; x++) {
                double sx = unmapX(x + 0.5, width) - 0.5;
                for (int c = 0; c < channels; c++) {
                    pixels[c * plane + y * width + x] = sample(scratch, c * plane, width, height, sx, sy);
                }
            }
        }
    }

    private double mapX(double x, int width) {
        double flipped = flip ? width - x : x;
        return width / 2.0 + scale * (flipped - width / 2.0) + dx;
    }

    private double mapY(double y, int height) {
        return height / 2.0 + scale * (y - height / 2.0) + dy;
    }

    private double unmapX(double x, int width) {
        double unscaled = (x - dx - width / 2.0) / scale + width / 2.0;
        return flip ? width - unscaled : unscaled;
    }

    private double unmapY(double y, int height) {
        return (y - dy - height / 2.0) / scale + height / 2.0;
    }

    private static float sample(float[] source, int base, int width, int height, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        double top = at(source, base, width, height, x0, y0) * (1 - fx) + at(source, base, width, height, x0 + 1, y0) * fx;
        double bottom = at(source, base, width, height, x0, y0 + 1) * (1 - fx)
                + at(source, base, width, height, x0 + 1, y0 + 1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static float at(float[] source, int base, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : source[base + y * width + x];
    }
}
