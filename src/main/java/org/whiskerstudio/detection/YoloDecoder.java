package org.whiskerstudio.detection;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.labelling.Shape.Box;

/**
 * Boxes from one image's activated {@code Yolo2OutputLayer} output, a flat array laid out
 * [anchors * (5 + classes)][grid][grid]: per anchor, x and y within the cell (0-1, after the sigmoid), width and height
 * in grid units (the anchor times e^w), the confidence that the box holds an object, and the class probabilities.
 * A box's score for a class is its confidence times that class's probability (YOLOv2's class-specific confidence).
 */
public final class YoloDecoder {
    /**
     * The classes an anchor box is offered as. {@link #BEST}: its best class only, what a user is shown.
     * {@link #EVERY}: each class scoring at least the threshold, one detection each, as darknet wrote YOLOv2's VOC and
     * COCO detections and Ultralytics' validation does (its {@code multi_label}); per-class NMS and mAP then treat the
     * box as a candidate of every such class, so an object whose best class is wrong can still be found, lower in
     * the ranking, under its right one.
     */
    public enum ClassesPerBox { BEST, EVERY }

    private YoloDecoder() {
    }

    /** Every anchor box scoring at least {@code minScore} for its best class, in image pixels via the letterbox. */
    public static List<Detection> decode(float[] output, YoloGrid grid, int anchors, Letterbox letterbox,
                                         double minScore) {
        return decode(output, grid, anchors, letterbox, minScore, ClassesPerBox.BEST);
    }

    /** Every anchor box scoring at least {@code minScore}, as its best class or every class (before NMS). */
    public static List<Detection> decode(float[] output, YoloGrid grid, int anchors, Letterbox letterbox,
                                         double minScore, ClassesPerBox classesPerBox) {
        int g = grid.grid();
        int cells = g * g;
        int perAnchor = 5 + grid.classes();
        if (output.length != anchors * perAnchor * cells) {
            throw new IllegalArgumentException("expected " + anchors * perAnchor * cells + " values, got "
                    + output.length);
        }
        List<Detection> found = new ArrayList<>();
        for (int a = 0; a < anchors; a++) {
            int base = a * perAnchor * cells;
            for (int y = 0; y < g; y++) {
                for (int x = 0; x < g; x++) {
                    int at = y * g + x;
                    int best = bestClass(output, base + 5 * cells + at, cells, grid.classes());
                    double confidence = output[base + 4 * cells + at];
                    if (confidence * output[base + (5 + best) * cells + at] < minScore) {
                        continue;
                    }
                    double cx = x + output[base + at];
                    double cy = y + output[base + cells + at];
                    double w = output[base + 2 * cells + at];
                    double h = output[base + 3 * cells + at];
                    Box gridBox = new Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
                    Box image = letterbox.toImage(grid.inInputPixels(gridBox));
                    for (int k = 0; k < grid.classes(); k++) {
                        double score = confidence * output[base + (5 + k) * cells + at];
                        if (k == best || classesPerBox == ClassesPerBox.EVERY && score >= minScore) {
                            found.add(new Detection(k, image, Math.min(1, Math.max(0, score))));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int bestClass(float[] output, int first, int stride, int classes) {
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (output[first + k * stride] > output[first + best * stride]) {
                best = k;
            }
        }
        return best;
    }
}
