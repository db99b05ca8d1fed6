package org.whiskerstudio.detection;

import java.util.List;

/**
 * How one image's activated detector output (a flat {@code [anchors * (5 + classes)][grid][grid]} row, as
 * {@link YoloDecoder} reads it) becomes the detector's answer: boxes decoded into the image's pixels through its
 * letterbox, then the confidence threshold and per-class NMS of {@code settings}. Engine-neutral, so a DL4J run, a
 * bundle and a server's shared forward passes answer alike.
 *
 * @param anchors the head's anchor count
 */
public record DetectorOutput(YoloGrid grid, int anchors, DetectionSettings settings) {
    public DetectorOutput {
        if (anchors < 1) {
            throw new IllegalArgumentException("a detector has at least one anchor, got " + anchors);
        }
    }

    /** Values in one image's output row. */
    public int rowLength() {
        return grid.outputChannels(anchors) * grid.grid() * grid.grid();
    }

    /** The boxes of one image, best first, after the threshold and NMS. */
    public List<Detection> boxes(float[] row, Letterbox letterbox) {
        return boxes(row, letterbox, settings.nms());
    }

    /** The same with another suppression (evaluation keeps every box down to 0.001). */
    public List<Detection> boxes(float[] row, Letterbox letterbox, NonMaxSuppression nms) {
        return nms.apply(YoloDecoder.decode(row, grid, anchors, letterbox, nms.scoreThreshold()));
    }

    /**
     * One image's boxes as an evaluation keeps them, after {@code nms}: as offered (each box as its best class) and as
     * mAP's candidates (each box as every class scoring at least the threshold). The candidates need not hold every
     * detection: per-class NMS among more boxes, or the cap of boxes per image, can drop one.
     */
    public Answer answer(float[] row, Letterbox letterbox, NonMaxSuppression nms) {
        return new Answer(boxes(row, letterbox, nms), nms.apply(YoloDecoder.decode(row, grid, anchors, letterbox,
                nms.scoreThreshold(), YoloDecoder.ClassesPerBox.EVERY)));
    }

    /** One image's boxes as offered and as mAP's candidates ({@link ImageResult}). */
    public record Answer(List<Detection> detections, List<Detection> candidates) {
        public Answer {
            detections = List.copyOf(detections);
            candidates = List.copyOf(candidates);
        }
    }

    /** The same network's answer with other thresholds. */
    public DetectorOutput with(DetectionSettings other) {
        return new DetectorOutput(grid, anchors, other);
    }
}
