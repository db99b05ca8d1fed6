package org.whiskerstudio.detection;

import java.util.List;

/**
 * One image's ground truths and a model's detections on it, the unit every detection metric reads.
 *
 * @param detections what the detector offers: each box as its best class (the confusion matrix and the galleries of
 *                   misses and false positives read these)
 * @param candidates what mAP ranks: each box as every class it scores for ({@link YoloDecoder.ClassesPerBox#EVERY},
 *                   as darknet's YOLO and Ultralytics validate), or the detections themselves when nothing else was kept
 */
public record ImageResult(List<GroundTruth> truths, List<Detection> detections, List<Detection> candidates) {
    public ImageResult {
        truths = List.copyOf(truths);
        detections = List.copyOf(detections);
        candidates = List.copyOf(candidates);
    }

    /** Detections that are also mAP's candidates. */
    public ImageResult(List<GroundTruth> truths, List<Detection> detections) {
        this(truths, detections, detections);
    }
}
